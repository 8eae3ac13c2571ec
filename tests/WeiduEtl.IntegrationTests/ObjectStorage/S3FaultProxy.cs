using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WeiduEtl.IntegrationTests.ObjectStorage;

/// <summary>What the proxy does with one request.</summary>
public enum ProxyFault
{
    /// <summary>Pass it to s3rver and its answer back.</summary>
    None,
    /// <summary>503 SlowDown, as S3 throttles.</summary>
    SlowDown,
    /// <summary>403 AccessDenied with the message AWS gives since 2024, naming the principal and the resource.</summary>
    AccessDenied,
    /// <summary>404 NoSuchKey, as for an object deleted (a snapshot pruned) after its HEAD.</summary>
    NoSuchKey,
    /// <summary>Drop the connection with a TCP reset before answering.</summary>
    Reset,
    /// <summary>Never answer (until the proxy is disposed): a process killed here dies mid-upload.</summary>
    Hold,
    /// <summary>
    /// 200 with a body that does not match its ETag, as s3rver answers a GET of an object it is overwriting in place
    /// (S3 itself replaces an object whole).
    /// </summary>
    Torn,
    /// <summary>200 whose ETag is not hex, as s3rver answers while it rewrites the object's stored MD5.</summary>
    TornETag,
    /// <summary>s3rver's status and headers, then the connection closed before the first byte of the body.</summary>
    CutBeforeBody,
    /// <summary>s3rver's status and headers and the first <see cref="S3FaultProxy.MidBodyBytes"/> of the body, then the connection closed.</summary>
    CutMidBody,
}

/// <summary>
/// A small HTTP proxy on 127.0.0.1 in front of s3rver that fails chosen requests. Each request is forwarded on
/// its own upstream connection with its bytes untouched (SigV4 signs the Host header as the client sent it)
/// plus <c>Connection: close</c>, so the proxy needs to parse only request heads, never responses.
/// </summary>
public sealed class S3FaultProxy : IAsyncDisposable
{
    /// <summary>How much of a body <see cref="ProxyFault.CutMidBody"/> lets through.</summary>
    public const int MidBodyBytes = 1000;

    /// <summary>The account and user <see cref="ProxyFault.AccessDenied"/> names, as AWS does.</summary>
    public const string DeniedPrincipal = "arn:aws:iam::123456789012:user/weidu-serve";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _upstreamPort;
    private readonly Func<string, string, ProxyFault> _decide;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _accepting;

    /// <param name="decide">Given the method and path (with query), what to do.</param>
    public S3FaultProxy(int upstreamPort, Func<string, string, ProxyFault> decide)
    {
        _upstreamPort = upstreamPort;
        _decide = decide;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string ServiceUrl => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Every request seen, as "METHOD path [range] If-Match etag → fault" (range and ETag when sent).</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    /// <summary>Every request s3rver answered in full, as "METHOD path".</summary>
    public ConcurrentQueue<string> Answered { get; } = new();

    /// <summary>Completes when a request is first held.</summary>
    public Task Held => _held.Task;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                while (await ReadHeadAsync(stream) is { } head)
                {
                    var (method, path, length) = Parse(head);
                    var fault = _decide(method, path);
                    var range = Header(head, "Range");
                    var ifMatch = Header(head, "If-Match");
                    Log.Enqueue($"{method} {path}{(range is null ? "" : $" [{range}]")}{(ifMatch is null ? "" : $" If-Match {ifMatch}")} → {fault}");
                    switch (fault)
                    {
                        case ProxyFault.Reset:
                            client.Client.LingerState = new LingerOption(true, 0);
                            return;
                        case ProxyFault.Hold:
                            _held.TrySetResult();
                            await Task.Delay(Timeout.Infinite, _stop.Token);
                            return;
                        case ProxyFault.SlowDown:
                            await SkipAsync(stream, length);
                            await AnswerErrorAsync(stream, "503 Slow Down", "SlowDown", "Please reduce your request rate.");
                            continue;
                        case ProxyFault.AccessDenied:
                            await SkipAsync(stream, length);
                            await AnswerErrorAsync(stream, "403 Forbidden", "AccessDenied",
                                $"User: {DeniedPrincipal} is not authorized to perform: s3:GetObject on resource: &quot;arn:aws:s3:::{path.TrimStart('/').Split('?')[0]}&quot;");
                            continue;
                        case ProxyFault.NoSuchKey:
                            await SkipAsync(stream, length);
                            await AnswerErrorAsync(stream, "404 Not Found", "NoSuchKey", "The specified key does not exist.");
                            continue;
                        case ProxyFault.Torn:
                            await SkipAsync(stream, length);
                            await stream.WriteAsync(Encoding.ASCII.GetBytes(
                                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nETag: \"00000000000000000000000000000000\"\r\nContent-Length: 2\r\n\r\n{}"));
                            continue;
                        case ProxyFault.TornETag:
                            await SkipAsync(stream, length);
                            await stream.WriteAsync(Encoding.ASCII.GetBytes(
                                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nETag: \"0\"\r\nContent-Length: 2\r\n\r\n{}"));
                            continue;
                        case ProxyFault.CutBeforeBody:
                        case ProxyFault.CutMidBody:
                            // Returning closes the connection in order (FIN), after the head the client has surely read.
                            await ForwardAsync(stream, head, length, fault == ProxyFault.CutMidBody ? MidBodyBytes : 0);
                            return;
                        default:
                            await ForwardAsync(stream, head, length);
                            Answered.Enqueue($"{method} {path}");
                            return;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away or the proxy stopped.
            }
        }
    }

    /// <param name="bodyBytes">When set, only the answer's head and this many bytes of its body go back.</param>
    private async Task ForwardAsync(NetworkStream client, string head, long length, long? bodyBytes = null)
    {
        using var upstream = new TcpClient();
        await upstream.ConnectAsync(IPAddress.Loopback, _upstreamPort);
        var server = upstream.GetStream();
        var lines = head.Split("\r\n").Where(l => !l.StartsWith("Connection:", StringComparison.OrdinalIgnoreCase) && l.Length > 0);
        await server.WriteAsync(Encoding.Latin1.GetBytes(string.Join("\r\n", lines) + "\r\nConnection: close\r\n\r\n"));
        var toServer = CopyAsync(client, server, length);
        if (bodyBytes is { } cut)
        {
            await client.WriteAsync(Encoding.Latin1.GetBytes(await ReadHeadAsync(server) ?? ""));
            await CopyAsync(server, client, cut);
        }
        else
        {
            await server.CopyToAsync(client);
        }
        await toServer;
    }

    private static Task AnswerErrorAsync(Stream client, string status, string code, string message)
    {
        var body = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code><Message>{message}</Message></Error>";
        return client.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: application/xml\r\nContent-Length: {body.Length}\r\n\r\n{body}")).AsTask();
    }

    private static async Task CopyAsync(Stream from, Stream to, long length)
    {
        var buffer = new byte[1 << 16];
        for (var left = length; left > 0;)
        {
            var read = await from.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)));
            if (read == 0)
            {
                return;
            }
            await to.WriteAsync(buffer.AsMemory(0, read));
            left -= read;
        }
    }

    private static Task SkipAsync(Stream from, long length) => CopyAsync(from, Stream.Null, length);

    /// <summary>Reads up to and including the blank line; byte by byte, so no body byte is consumed.</summary>
    private static async Task<string?> ReadHeadAsync(Stream stream)
    {
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }
            head.Append((char)one[0]);
        }
        return head.ToString();
    }

    private static (string Method, string Path, long Length) Parse(string head)
    {
        var first = head.Split("\r\n")[0].Split(' ');
        var length = Header(head, "Content-Length") is { } value ? long.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return (first[0], first[1], length);
    }

    private static string? Header(string head, string name) =>
        head.Split("\r\n").Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            .Select(p => p[1].Trim()).FirstOrDefault();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
