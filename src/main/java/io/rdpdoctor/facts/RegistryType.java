package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;

/** Type of a registry value. */
public enum RegistryType {
    REG_DWORD, REG_QWORD, REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ, REG_BINARY
}
