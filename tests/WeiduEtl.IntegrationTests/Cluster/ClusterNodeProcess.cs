using System.Diagnostics;
using System.Globalization;
using System.Text;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests.Cluster;

/// <summary>A real <c>weidu-etl --config FILE</c> service process, one cluster node, with its log kept for assertions.</summary>
internal sealed class ClusterNodeProcess
{
    private readonly StringBuilder _log = new();

    private ClusterNodeProcess(Process process) => Process = process;

    public Process Process { get; }

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

    public static ClusterNodeProcess Start(Workspace ws)
    {
        var process = Process.Start(WeiduProcess.StartInfo(ws.Root, "--config", ws.ConfigPath))!;
        var node = new ClusterNodeProcess(process);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return node;
    }

    public static string Logs(IEnumerable<ClusterNodeProcess> nodes) =>
        string.Join("\n", nodes.Select((n, i) => $"--- node {i + 1} ---\n{n.Log}"));

    /// <summary>SIGTERM, as systemd stops a service, then waits for the process to end.</summary>
    public async Task StopAsync()
    {
        if (!Process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", Process.Id.ToString(CultureInfo.InvariantCulture)])!;
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await Process.WaitForExitAsync(timeout.Token);
    }

    private void Append(string? line)
    {
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}
