using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NdrBot.Host.Tests.Drills;

/// <summary>
/// The real host, <c>dotnet NdrBot.Host.dll</c>, as a child process on a free loopback port with the environment
/// the drill gives it (Teams auth off unless set). Output is kept (the last lines) for failure messages.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string RecentOutput => string.Join('\n', _output);

    /// <summary>Starts the host and waits (bounded) until <c>/readyz</c> answers 200.</summary>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> environment, int readyTimeoutSeconds = 90)
    {
        var dll = HostDll();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Diagnostics__Dns__Enabled"] = "false";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var host = new HostProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), new Uri($"http://127.0.0.1:{port}/"));
        if (!await host.WaitUntilAsync(HttpStatusCode.OK, readyTimeoutSeconds))
        {
            var output = host.RecentOutput;
            host.Dispose();
            throw new InvalidOperationException($"the host did not become ready within {readyTimeoutSeconds} s:\n{output}");
        }

        return host;
    }

    /// <summary>Polls <c>/readyz</c> until it answers <paramref name="status"/> (any failure to answer counts as not yet).</summary>
    public async Task<bool> WaitUntilAsync(HttpStatusCode status, int timeoutSeconds)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(timeoutSeconds))
        {
            if (_process.HasExited)
            {
                return false;
            }

            if (await ReadyStatusAsync() == status)
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    public async Task<HttpStatusCode?> ReadyStatusAsync()
    {
        try
        {
            using var response = await Client.GetAsync(new Uri("readyz", UriKind.Relative));
            return response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, no checkpoint; what is on disk is what the next start finds.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        Client.Dispose();
        _process.Dispose();
    }

    /// <summary>src/NdrBot.Host/bin/{same configuration as the tests}/net10.0/NdrBot.Host.dll, built with the tests.</summary>
    private static string HostDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testBin.Parent!.Name;
        var root = testBin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "NdrBot.sln")))
        {
            root = root.Parent;
        }

        var dll = Path.Combine(root?.FullName ?? throw new InvalidOperationException("NdrBot.sln not found above " + testBin.FullName),
            "src", "NdrBot.Host", "bin", configuration, testBin.Name, "NdrBot.Host.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is missing; build src/NdrBot.Host ({configuration}) first");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200)
        {
            _output.TryDequeue(out _);
        }
    }
}
