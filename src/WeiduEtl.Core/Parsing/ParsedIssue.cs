namespace WeiduEtl.Core.Parsing;

/// <summary>A whole source document as the parser understood it.</summary>
/// <param name="PageLabel">The page label printed on the page (魏都区), else null.</param>
/// <param name="IssueDate">The issue date printed on the page, else null.</param>
/// <param name="PageCount">Pages in the document (1 for text).</param>
/// <param name="Articles">Content items in reading order.</param>
/// <param name="UnplacedLines">Lines the parser could not place anywhere, so an operator can see them.</param>
/// <param name="Warnings">Anything else worth telling the operator (characters stripped, a page without text).</param>
public sealed record ParsedIssue(
    string? PageLabel,
    DateOnly? IssueDate,
    int PageCount,
    IReadOnlyList<ParsedArticle> Articles,
    IReadOnlyList<string> UnplacedLines,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Photos that belong to no article.</summary>
    public IReadOnlyList<ParsedPhoto> LoosePhotos { get; init; } = [];
}
