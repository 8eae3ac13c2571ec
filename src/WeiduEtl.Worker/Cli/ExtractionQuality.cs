using Microsoft.Extensions.DependencyInjection;
using WeiduEtl.Core.Ports;
using WeiduEtl.Parsing.Entities.Quality;
using WeiduEtl.Parsing.Figures.Quality;

namespace WeiduEtl.Worker.Cli;

/// <summary>
/// The <c>entities</c> and <c>figures</c> sections of the quality summary: the extractors scored on the hand-labelled
/// corpus pages (tests/fixtures/entities, tests/fixtures/figures), rule-writing and held-out pages apart.
/// </summary>
internal static class ExtractionQuality
{
    public const string DefaultEntityLabels = "tests/fixtures/entities";
    public const string DefaultFigureLabels = "tests/fixtures/figures";

    /// <summary>The sections and differences, or the reason they cannot be made (a folder missing or a file malformed, named).</summary>
    public static ExtractionScores Score(IServiceProvider services, string corpus, string entityLabels, string figureLabels)
    {
        if (!Directory.Exists(entityLabels) || !Directory.Exists(Path.Combine(figureLabels, "labels")))
        {
            return ExtractionScores.Failed($"the label folders {entityLabels} and {Path.Combine(figureLabels, "labels")} must exist; run from the repository root or pass --entity-labels and --figure-labels");
        }
        try
        {
            var entityPages = EntityLabelPage.ReadCorpusPages(entityLabels, Path.Combine(corpus, "truth"));
            if (entityPages.Count == 0 && Directory.GetFiles(entityLabels, "*.json").Length is > 0 and var files)
            {
                return ExtractionScores.Failed($"none of the {files} label files in {entityLabels} names a corpus page: a page's labels are scored when their \"source\" is \"corpus truth <page>\" (tests/fixtures/entities/README.md)");
            }
            var entities = EntityQuality.Score(entityPages, services.GetRequiredService<IEntityExtractor>());
            var figures = FigureQuality.Score(FigureLabelPage.ReadFolder(figureLabels), services.GetRequiredService<IFigureExtractor>());
            return new ExtractionScores(
                entities.ToJson(), figures.ToJson(),
                new LabelDifferences([.. entities.RuleWriting.Differences()], [.. entities.HeldOut.Differences()]),
                new LabelDifferences(figures.RuleWritingDifferences, figures.HeldOutDifferences),
                null);
        }
        catch (FormatException e)
        {
            return ExtractionScores.Failed(e.Message);
        }
    }
}
