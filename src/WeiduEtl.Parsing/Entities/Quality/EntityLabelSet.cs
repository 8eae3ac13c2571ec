using System.Text.Json;

namespace WeiduEtl.Parsing.Entities.Quality;

/// <summary>
/// One page's hand labels of people, organisations and quotations (tests/fixtures/entities/&lt;page&gt;.json, conventions
/// in that folder's README). <see cref="Source"/> says whose bodies were labelled: <c>corpus truth PAGE</c> for a corpus
/// page's true articles, <c>seeds/FILE</c> for a seed text dump. Parsing is pure: the caller reads the file.
/// </summary>
public sealed record EntityLabelSet(
    string Page, string Source, string Split, IReadOnlyList<LabelledPerson> People, IReadOnlyList<string> Organisations, IReadOnlyList<LabelledQuote> Quotes)
{
    private const string CorpusTruth = "corpus truth ";
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Whether the page was kept out of rule writing.</summary>
    public bool HeldOut => Split == "held-out";

    /// <summary>The corpus page whose true articles were labelled, or null when the labels are of another source.</summary>
    public string? CorpusPage => Source.StartsWith(CorpusTruth, StringComparison.Ordinal) ? Source[CorpusTruth.Length..] : null;

    /// <exception cref="FormatException">The JSON is not a label set; the message says what is wrong.</exception>
    public static EntityLabelSet Parse(string json)
    {
        try
        {
            var labels = JsonSerializer.Deserialize<EntityLabelSet>(json, Options);
            return labels is { Page: not null, Source: not null, Split: not null, People: not null, Organisations: not null, Quotes: not null }
                ? labels
                : throw new FormatException("entity labels: page, source, split, people, organisations and quotes are all required");
        }
        catch (JsonException e)
        {
            throw new FormatException($"entity labels: {e.Message}", e);
        }
    }
}
