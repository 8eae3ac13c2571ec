using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WeiduEtl.IntegrationTests.Serving;

/// <summary>
/// Sends a request line exactly as written. HttpClient (System.Uri) would remove "..", decode %2e and
/// turn backslashes into slashes before sending, so traversal attempts must go out raw.
/// </summary>
public static class RawHttp
{
    public static async Task<int> StatusAsync(int port, string target)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
        await using var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), timeout.Token);
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var statusLine = await reader.ReadLineAsync(timeout.Token) ?? "";
        var parts = statusLine.Split(' ');
        return parts.Length >= 2 && int.TryParse(parts[1], out var status) ? status : throw new InvalidDataException($"no HTTP status line: '{statusLine}'");
    }
}
