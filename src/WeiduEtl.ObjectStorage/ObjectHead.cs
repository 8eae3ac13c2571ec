namespace WeiduEtl.ObjectStorage;

/// <summary>What HEAD says of an object: its length, ETag (unquoted), time, the sha256 it was written with, its type.</summary>
public sealed record ObjectHead(long Length, string? ETag, DateTime LastModifiedUtc, string? Sha256, string? ContentType);
