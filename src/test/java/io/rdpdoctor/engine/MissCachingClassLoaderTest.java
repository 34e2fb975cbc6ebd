package io.rdpdoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.rdpdoctor.facts.RegistryType;
import io.rdpdoctor.facts.RegistryValue;
import org.junit.jupiter.api.Test;

/** The rules' class loader finds what the application finds, and asks the class path about a missing name once. */
class MissCachingClassLoaderTest {

    private final MissCachingClassLoader loader = MissCachingClassLoader.INSTANCE;

    @Test
    void findsTheApplicationsClasses() throws Exception {
        assertThat(loader.loadClass(RegistryValue.class.getName())).isSameAs(RegistryValue.class);
        assertThat(loader.loadClass("java.lang.String")).isSameAs(String.class);
    }

    @Test
    void aMissingNameIsLookedUpOnceThenAnsweredWithoutAStackTrace() {
        String name = "io.rdpdoctor.facts.noSuchIdentifier" + System.nanoTime();
        int before = loader.missCount();

        Throwable first = catchThrowable(() -> loader.loadClass(name));
        Throwable second = catchThrowable(() -> loader.loadClass(name));

        assertThat(first).isInstanceOf(ClassNotFoundException.class).hasMessageContaining(name);
        assertThat(second).isInstanceOf(ClassNotFoundException.class).hasMessage(name);
        assertThat(second.getStackTrace()).as("the remembered miss carries no stack").isEmpty();
        assertThat(loader.missCount()).isEqualTo(before + 1);
    }

    @Test
    void rulesCompiledWithItRunAsBefore() throws Exception {
        // A DRL whose constraint names identifiers MVEL tries as classes in every imported package.
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("miss-cache");
        java.nio.file.Files.writeString(dir.resolve("r.drl"), String.join("\n",
                "package misscache;",
                "import io.rdpdoctor.facts.*;",
                "rule \"a registry value named x\" when RegistryValue(name == \"x\", data != null) then end"));
        int before = loader.missCount();
        org.kie.api.KieBase kb = RuleCompiler.compile(java.util.List.of(dir.resolve("r.drl")), p -> p.toString(), null);
        org.kie.api.runtime.KieSession s = kb.newKieSession();
        s.insert(new RegistryValue("HKLM\\SOFTWARE\\T", "x", RegistryType.REG_SZ, "1", null));
        s.insert(new RegistryValue("HKLM\\SOFTWARE\\T", "y", RegistryType.REG_SZ, "1", null));
        assertThat(loader.missCount()).as("the compiler asked this loader").isGreaterThan(before);
        assertThat(s.fireAllRules()).isEqualTo(1);
        s.dispose();
    }
}
