using EdgeAgent.Configuration;
using EdgeAgent.Devices;
using EdgeAgent.Diagnostics;
using EdgeAgent.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Hosting;

/// <summary>Registers what keeps the device observable and alive: health telemetry, enclosure hardware, systemd watchdog.</summary>
public static class DeviceRegistration
{
    /// <summary>
    /// Adds the camera counter registry, inference metrics, the health collector and service (with the state file as a
    /// publisher), the enclosure parts and their service, and the systemd watchdog. The transport adds its own
    /// <see cref="ITransportHealth"/> and <see cref="IHealthPublisher"/> (the <c>.../health</c> topic) beside these.
    /// </summary>
    public static IServiceCollection AddDeviceHealth(this IServiceCollection services, AgentOptions options, WatchdogSettings? watchdog = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton<CameraHealthRegistry>();
        services.AddSingleton<InferenceMetrics>();
        services.AddSingleton(sp => new DeviceParts(options.Devices, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<DeviceParts>>()));
        services.AddSingleton(sp => new HealthCollector(options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<CameraHealthRegistry>(),
            sp.GetRequiredService<InferenceMetrics>(), sp.GetServices<ITransportHealth>().FirstOrDefault(), sp.GetRequiredService<DeviceParts>()));
        services.AddSingleton<IHealthPublisher>(new HealthFileWriter(options.ResolvePath(options.Device.StateDir)));
        services.AddSingleton<HealthService>();
        services.AddHostedService(sp => sp.GetRequiredService<HealthService>());
        services.AddHostedService<DevicesService>();
        services.AddSingleton(watchdog ?? WatchdogSettings.FromEnvironment());
        services.AddHostedService<SystemdWatchdog>();
        return services;
    }
}
