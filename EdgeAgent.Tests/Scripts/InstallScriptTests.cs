using System.Diagnostics;
using System.Security.Cryptography;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Scripts;

/// <summary>scripts/install.sh run for real into a temporary root (its --root option), so the machine itself is untouched.</summary>
[NonParallelizable]
public sealed class InstallScriptTests
{
    private string _root = null!;
    private string _publish = null!;

    [SetUp]
    public void SetUp()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root") Assert.Ignore("install.sh creates users and sets owners: it needs root (CI and the dev machines are root)");
        _root = TestPaths.TempDir("edgeagent-root");
        Directory.CreateDirectory(Path.Combine(_root, "etc"));
        File.WriteAllText(Path.Combine(_root, "etc", "passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        File.WriteAllText(Path.Combine(_root, "etc", "group"), "root:x:0:\nvideo:x:44:\n");
        File.WriteAllText(Path.Combine(_root, "etc", "shadow"), "root:*:19000:0:99999:7:::\n");
        File.WriteAllText(Path.Combine(_root, "etc", "gshadow"), "root:*::\nvideo:!::\n");
        _publish = TestPaths.TempDir("edgeagent-publish");
        // A publish folder in the shape publish.sh makes: the binary, a model, and the checksum list.
        File.WriteAllText(Path.Combine(_publish, "edgeagent"), "#!/bin/sh\necho edgeagent\n");
        if (OperatingSystem.IsLinux()) File.SetUnixFileMode(Path.Combine(_publish, "edgeagent"), (UnixFileMode)0b111_101_101);
        Directory.CreateDirectory(Path.Combine(_publish, "models"));
        File.WriteAllBytes(Path.Combine(_publish, "models", "tiny.onnx"), [1, 2, 3]);
        WriteSums();
    }

    [TearDown]
    public void TearDown()
    {
        if (_root is not null) Directory.Delete(_root, recursive: true);
        if (_publish is not null) Directory.Delete(_publish, recursive: true);
    }

    [Test]
    public void Install_TempRoot_CreatesUserFoldersConfigAndEnabledUnit()
    {
        var (code, output) = Install();

        Assert.That(code, Is.Zero, output);
        var user = Passwd("edgeagent");
        Assert.That(user, Is.Not.Null, "user created");
        Assert.Multiple(() =>
        {
            Assert.That(user![5], Is.EqualTo("/var/lib/edgeagent"));
            Assert.That(user[6], Is.EqualTo("/usr/sbin/nologin"));
            foreach (var g in new[] { "video", "gpio", "i2c" }) Assert.That(Members(g), Does.Contain("edgeagent"), g);
            Assert.That(Group("video")![2], Is.EqualTo("44"), "an existing group is reused, not recreated");
            Check("etc/edgeagent", "0750", 0, Gid("edgeagent"));
            Check("etc/edgeagent/secrets", "0700", int.Parse(user[2]), Gid("edgeagent"));
            Check("var/lib/edgeagent", "0750", int.Parse(user[2]), Gid("edgeagent"));
            Check("etc/edgeagent/edgeagent.yaml", "0640", 0, Gid("edgeagent"));
            Check("opt/edgeagent/edgeagent", "0755", 0, 0);
            Assert.That(File.ReadAllText(Path.Combine(_root, "etc/edgeagent/edgeagent.yaml")), Does.Contain("/opt/edgeagent/models").And.Not.Contain("../models"));
            Assert.That(File.ReadAllText(Path.Combine(_root, "etc/systemd/system/edgeagent.service")),
                Is.EqualTo(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "deploy", "edgeagent.service"))));
            var wants = new FileInfo(Path.Combine(_root, "etc/systemd/system/multi-user.target.wants/edgeagent.service"));
            Assert.That(wants.LinkTarget, Is.EqualTo("/etc/systemd/system/edgeagent.service"), "enabled");
            Assert.That(File.ReadAllBytes(Path.Combine(_root, "opt/edgeagent/models/tiny.onnx")), Is.EqualTo(new byte[] { 1, 2, 3 }));
            Assert.That(File.ReadAllText(Path.Combine(_root, "etc/udev/rules.d/60-edgeagent.rules")), Does.Contain("GROUP=\"gpio\"").And.Contain("GROUP=\"i2c\""));
        });
    }

    [Test]
    public void Install_Twice_SameUsersKeepsConfigAndSecretsUpgradesProgram()
    {
        Assert.That(Install().Code, Is.Zero);
        var passwd = File.ReadAllText(Path.Combine(_root, "etc/passwd"));
        var group = File.ReadAllText(Path.Combine(_root, "etc/group"));
        File.WriteAllText(Path.Combine(_root, "etc/edgeagent/edgeagent.yaml"), "device:\n  id: pole-7\n");
        File.WriteAllText(Path.Combine(_root, "etc/edgeagent/secrets/broker.pass"), "s3cret");
        File.WriteAllBytes(Path.Combine(_publish, "models", "tiny.onnx"), [4, 5, 6]);
        WriteSums();

        var (code, output) = Install();

        Assert.That(code, Is.Zero, output);
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(Path.Combine(_root, "etc/passwd")), Is.EqualTo(passwd));
            Assert.That(File.ReadAllText(Path.Combine(_root, "etc/group")), Is.EqualTo(group));
            Assert.That(File.ReadAllText(Path.Combine(_root, "etc/edgeagent/edgeagent.yaml")), Is.EqualTo("device:\n  id: pole-7\n"));
            Assert.That(File.ReadAllText(Path.Combine(_root, "etc/edgeagent/secrets/broker.pass")), Is.EqualTo("s3cret"));
            Assert.That(File.ReadAllBytes(Path.Combine(_root, "opt/edgeagent/models/tiny.onnx")), Is.EqualTo(new byte[] { 4, 5, 6 }));
            Assert.That(Directory.GetDirectories(Path.Combine(_root, "opt")), Is.EqualTo(new[] { Path.Combine(_root, "opt", "edgeagent") }), "no .new/.old left");
        });
    }

    [Test]
    public void Install_DryRun_PrintsThePlanAndChangesNothing()
    {
        var before = Snapshot();

        var (code, output) = Install("--dry-run");

        Assert.That(code, Is.Zero, output);
        Assert.That(Snapshot(), Is.EqualTo(before));
        Assert.That(output, Does.Contain("+ useradd --prefix").And.Contain("+ systemctl --root=").And.Contain("--groups video\\,gpio\\,i2c edgeagent"));
    }

    [Test]
    public void Install_BuildDoesNotMatchItsChecksums_RefusesBeforeChangingAnything()
    {
        File.AppendAllText(Path.Combine(_publish, "edgeagent"), "tampered\n");
        var before = Snapshot();

        var (code, output) = Install();

        Assert.That(code, Is.Not.Zero);
        Assert.That(output, Does.Contain("does not match its SHA256SUMS"));
        Assert.That(Snapshot(), Is.EqualTo(before));
    }

    private (int Code, string Output) Install(params string[] extra)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(TestPaths.RepoRoot, "scripts", "install.sh"));
        info.ArgumentList.Add("--root");
        info.ArgumentList.Add(_root);
        foreach (var a in extra) info.ArgumentList.Add(a);
        info.ArgumentList.Add(_publish);
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result + stderr);
    }

    private void WriteSums()
    {
        var lines = Directory.GetFiles(_publish, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "SHA256SUMS")
            .Select(f => $"{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))}  {Path.GetRelativePath(_publish, f)}")
            .Order(StringComparer.Ordinal);
        File.WriteAllText(Path.Combine(_publish, "SHA256SUMS"), string.Join("\n", lines) + "\n");
    }

    private string[]? Passwd(string name) => Line("passwd", name);

    private string[]? Group(string name) => Line("group", name);

    private int Gid(string name) => int.Parse(Group(name)![2]);

    private string[] Members(string group) => Group(group)![3].Split(',', StringSplitOptions.RemoveEmptyEntries);

    private string[]? Line(string file, string name) =>
        File.ReadAllLines(Path.Combine(_root, "etc", file)).Select(l => l.Split(':')).FirstOrDefault(f => f[0] == name);

    private void Check(string relative, string mode, int uid, int gid)
    {
        var (actualMode, actualUid, actualGid) = Stat(Path.Combine(_root, relative));
        Assert.That((actualMode, actualUid, actualGid), Is.EqualTo((mode, uid, gid)), relative);
    }

    private static (string Mode, int Uid, int Gid) Stat(string path)
    {
        var info = new ProcessStartInfo("stat", ["-c", "%a %u %g", path]) { RedirectStandardOutput = true };
        using var p = Process.Start(info)!;
        var parts = p.StandardOutput.ReadToEnd().Trim().Split(' ');
        p.WaitForExit();
        return ("0" + parts[0], int.Parse(parts[1]), int.Parse(parts[2]));
    }

    private string[] Snapshot() =>
        Directory.GetFileSystemEntries(_root, "*", SearchOption.AllDirectories)
            .Select(p => File.Exists(p) ? $"{p}:{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(p)))}" : p)
            .Order(StringComparer.Ordinal).ToArray();
}
