using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NdrBot.Host.Tests.Drills;

/// <summary>
/// A PostgreSQL server of the test's own (initdb into a temp folder, a free port, trust auth on 127.0.0.1 only),
/// so a drill can stop and start it without touching the server other tests share. Uses Debian's binaries in
/// <c>/usr/lib/postgresql/*/bin</c>; PostgreSQL refuses to run as root, so as root every command runs as the
/// <c>postgres</c> user (<c>runuser</c>). Anything missing throws: the drill fails rather than skips.
/// </summary>
internal sealed class PrivatePostgres : IDisposable
{
    private const string User = "ndrbot";

    private readonly string _bin;
    private readonly string _folder;
    private readonly bool _asPostgresUser;

    private PrivatePostgres(string bin, string folder, int port, bool asPostgresUser)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username={User};Database=postgres;Timeout=5;Command Timeout=10";

    private string Data => Path.Combine(_folder, "data");

    public static PrivatePostgres Create()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => b, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin: apt-get install postgresql (./test.sh does).");
        }

        var asPostgresUser = Environment.UserName == "root";
        var folder = Path.Combine(Path.GetTempPath(), "ndrbot-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var server = new PrivatePostgres(bin, folder, FreePort(), asPostgresUser);
        if (asPostgresUser)
        {
            Run("chown", "-R", "postgres:postgres", folder);
        }

        server.Pg("initdb", "-D", server.Data, "-U", User, "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions");
        server.Start();
        return server;
    }

    public void Start() => Pg(
        "pg_ctl", "-D", Data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start",
        "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off");

    public void Stop() => Pg("pg_ctl", "-D", Data, "-m", "fast", "-w", "-t", "60", "stop");

    public string Log => File.Exists(Path.Combine(_folder, "server.log")) ? File.ReadAllText(Path.Combine(_folder, "server.log")) : "";

    public void Dispose()
    {
        try
        {
            Pg("pg_ctl", "-D", Data, "-m", "immediate", "-w", "-t", "30", "stop");
        }
        catch (InvalidOperationException)
        {
            // Note: already stopped (a failed start, or the drill left it down).
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Pg(string tool, params string[] args)
    {
        var path = Path.Combine(_bin, tool);
        if (_asPostgresUser)
        {
            Run("runuser", ["-u", "postgres", "--", path, .. args]);
        }
        else
        {
            Run(path, args);
        }
    }

    private static void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetTempPath() };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} did not finish in 120 s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {stdout.Result} {stderr.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
