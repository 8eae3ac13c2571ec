using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests.Serving;

/// <summary>
/// The real executable running <c>serve</c> on 127.0.0.1 and a free port, started over a workspace and
/// stopped with SIGTERM as an operator's service manager would.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private ServeProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        BaseUri = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        Client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false })
        {
            BaseAddress = BaseUri,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public int Port { get; }
    public Uri BaseUri { get; }
    public HttpClient Client { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <param name="configure">Adds to the process's start (environment such as object-storage credentials).</param>
    public static async Task<ServeProcess> StartAsync(Workspace workspace, Action<ProcessStartInfo>? configure = null)
    {
        var port = FreePort();
        var info = WeiduProcess.StartInfo(workspace.Root, "serve", "--config", workspace.ConfigPath,
            "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        configure?.Invoke(info);
        var process = Process.Start(info)!;
        var serve = new ServeProcess(process, port);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            serve.Append("out", e.Data);
            if (e.Data?.StartsWith("Serving ", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) => serve.Append("err", e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var started = await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (started != ready.Task)
        {
            await serve.DisposeAsync();
            Assert.Fail($"serve did not start on port {port}:\n{serve.Log}");
        }
        return serve;
    }

    /// <summary>A port nothing listens on now: bind 127.0.0.1:0, read the port the system chose, let it go.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>SIGTERM, then the exit code (null if it did not stop within a minute and was killed).</summary>
    public async Task<int?> StopAsync()
    {
        if (_process.HasExited)
        {
            return _process.ExitCode;
        }
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Client.Dispose();
        _process.Dispose();
    }

    private void Append(string stream, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.Append(stream).Append(": ").AppendLine(line);
        }
    }
}
