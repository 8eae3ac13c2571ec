namespace WeiduEtl.Storage.Search;

/// <summary>An article or photo where it sat on its page, for the page map; <see cref="Bbox"/> is x0, y0, x1, y1 in PDF points.</summary>
public sealed record PageBox
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public int Page { get; init; }
    public int Seq { get; init; }
    public string? Label { get; init; }
    public double[]? Bbox { get; init; }
}
