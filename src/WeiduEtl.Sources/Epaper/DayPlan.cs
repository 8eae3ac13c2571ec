using WeiduEtl.Core.Ports;

namespace WeiduEtl.Sources.Epaper;

/// <summary>What the HTML of one date leads to: the pages kept, their PDFs, and what could not be read.</summary>
/// <param name="Date">The issue date.</param>
/// <param name="IndexUrl">The date's index page.</param>
/// <param name="Kind">Whether there is an issue.</param>
/// <param name="Pages">The pages whose label matched, in index order.</param>
/// <param name="Pdfs">Their PDF links.</param>
/// <param name="Failures">Index or pages that could not be read, as the pipeline records them.</param>
/// <param name="Note">Why a date has no issue, for the dry-run and the log.</param>
internal sealed record DayPlan(
    DateOnly Date,
    string IndexUrl,
    DayKind Kind,
    IReadOnlyList<PageLink> Pages,
    IReadOnlyList<PdfTarget> Pdfs,
    IReadOnlyList<FetchedDocument> Failures,
    string? Note = null)
{
    public static DayPlan NoIssue(DateOnly date, string indexUrl, string note) => new(date, indexUrl, DayKind.NoIssue, [], [], [], note);

    public static DayPlan Unreachable(DateOnly date, string indexUrl, string error) =>
        new(date, indexUrl, DayKind.Unreachable, [], [], [FetchedDocument.Failed(indexUrl, error)]);
}
