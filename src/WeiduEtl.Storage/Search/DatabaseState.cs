namespace WeiduEtl.Storage.Search;

/// <summary>What a page was read from: the schema version, how many issues and articles, and the last parse stored.</summary>
public sealed record DatabaseState
{
    public int SchemaVersion { get; init; }
    public int Issues { get; init; }
    public int Articles { get; init; }
    public string? LastParsedAt { get; init; }
}
