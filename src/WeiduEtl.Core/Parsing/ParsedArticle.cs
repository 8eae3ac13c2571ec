namespace WeiduEtl.Core.Parsing;

/// <summary>
/// One content item of a page as the parser understood it, before ids and figures are attached.
/// </summary>
public sealed record ParsedArticle
{
    public int Page { get; init; } = 1;
    public ArticleKind Kind { get; init; } = ArticleKind.Article;
    /// <summary>The round-up column the item belongs to (一周要闻, 简讯…), else null.</summary>
    public string? Section { get; init; }
    public string? Kicker { get; init; }
    /// <summary>The headline with line breaks removed; null for a photo item without one.</summary>
    public string? Headline { get; init; }
    public string? Subheadline { get; init; }
    /// <summary>本报讯, 本报北京10月9日电, 新华社北京10月9日电…, else null.</summary>
    public string? Dateline { get; init; }
    public IReadOnlyList<Contributor> Contributors { get; init; } = [];
    /// <summary>The source tag at the end of a brief, without brackets (魏宣).</summary>
    public string? SourceTag { get; init; }
    public IReadOnlyList<string> Subheadings { get; init; } = [];
    /// <summary>Body paragraphs in order; no byline, dateline, captions, credits or source tag.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
    public IReadOnlyList<ParsedPhoto> Photos { get; init; } = [];
    public BoundingBox? Bbox { get; init; }
    /// <summary>The grammar rule that started this item where it did (provenance, shown by <c>inspect</c>).</summary>
    public string? StartedBy { get; init; }

    public string Body => string.Join('\n', Paragraphs);

    public IEnumerable<string> NamesIn(ContributorRole role) =>
        Contributors.Where(c => c.Role == role).Select(c => c.Name);
}
