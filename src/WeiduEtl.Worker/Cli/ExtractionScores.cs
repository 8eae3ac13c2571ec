using System.Text.Json.Nodes;

namespace WeiduEtl.Worker.Cli;

/// <summary>
/// The <c>entities</c> and <c>figures</c> sections of the quality summary, with every difference from the labels a line
/// each (rule-writing pages and held-out pages apart), or the reason they could not be made.
/// </summary>
internal sealed record ExtractionScores(
    JsonObject? Entities, JsonObject? Figures, LabelDifferences EntityDifferences, LabelDifferences FigureDifferences, string? Error)
{
    public static ExtractionScores Failed(string error) => new(null, null, LabelDifferences.None, LabelDifferences.None, error);
}
