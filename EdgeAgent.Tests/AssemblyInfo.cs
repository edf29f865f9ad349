// The tests drive Linux tools (mosquitto, openssl, mount, signals): they run where the agent runs.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
