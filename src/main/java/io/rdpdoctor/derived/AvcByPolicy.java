package io.rdpdoctor.derived;

import java.util.List;

/**
 * A policy asks Remote Desktop to send its sessions as H.264/AVC through the host's GPU: "Prioritize
 * H.264/AVC 444 Graphics mode for Remote Desktop Connections" (AVC444ModePreferred = 1) or "Configure
 * H.264/AVC hardware encoding for Remote Desktop Connections" (AVCHardwareEncodePreferred = 1), read
 * from gpresult or from the policy key. Derived by rules/derive/avc-by-policy.drl.
 *
 * @param setting the GpoSetting or RegistryValue that shows it
 */
public record AvcByPolicy(Object setting) implements Derived {

    @Override
    public List<Object> grounds() {
        return List.of(setting);
    }

    @Override
    public String describe() {
        return "a policy sends Remote Desktop's H.264/AVC encoding through the GPU";
    }
}
