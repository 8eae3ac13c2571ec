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

    /// <summary>
    /// Why, in short, when known: the service's status and code ("403 AccessDenied") or what became of the connection.
    /// Never the bucket, the key or the credentials, so a client may be shown it; the message says the rest.
    /// </summary>
    public string? Reason { get; init; }

    /// <summary>True when the service was down or the way to it failed, which passes by itself; false when asking again cannot help (403, a missing bucket, no credentials).</summary>
    public bool Transient { get; init; }

    /// <summary>The object was not there, though it had been a moment before: removed (its snapshot pruned) while being served.</summary>
    public bool Missing { get; init; }
}
