namespace WeiduEtl.ObjectStorage;

/// <summary>
/// An object could not be read or written after every retry (or the service refused it for good). An
/// <see cref="IOException"/>, so the pipeline treats it as it treats a full disk: the pass fails, the ledger says why.
/// </summary>
public sealed class ObjectStoreException : IOException
{
    public ObjectStoreException() { }

    public ObjectStoreException(string message) : base(message) { }

    public ObjectStoreException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>The object (or prefix) that failed, as <c>s3://bucket/key</c>, when known.</summary>
    public string? ObjectName { get; init; }

    /// <summary>Why, in the service's words (status and code) or the connection's, when known.</summary>
    public string? Reason { get; init; }
}
