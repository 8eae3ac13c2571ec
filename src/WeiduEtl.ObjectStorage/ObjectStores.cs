using System.Collections.Concurrent;
using Amazon.S3;
using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Options;

namespace WeiduEtl.ObjectStorage;

/// <summary>One SDK client per configured service for the process (clients pool connections), and stores over them.</summary>
public sealed class ObjectStores(ILoggerFactory loggers) : IDisposable
{
    private readonly ConcurrentDictionary<(string? Url, string? Region, bool PathStyle), IAmazonS3> _clients = new();

    public ObjectStore For(S3Options? options, S3Location location) =>
        new(Client(options), location, loggers.CreateLogger<ObjectStore>());

    public IAmazonS3 Client(S3Options? options) =>
        _clients.GetOrAdd((options?.ServiceUrl, options?.Region, options?.ForcePathStyle ?? false), _ => S3ClientFactory.Create(options));

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
        _clients.Clear();
    }
}
