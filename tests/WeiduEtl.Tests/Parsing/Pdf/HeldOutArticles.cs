using System.Text.Json;
using System.Text.Json.Serialization;
using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>
/// What a reader sees on a held-out page (tests/fixtures/heldout), written by hand without looking at the parser,
/// and how far the parser's articles agree with it: articles found, and fields right on the articles found.
/// </summary>
internal sealed class HeldOutArticles
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public string? PageLabel { get; init; }
    public string? IssueDate { get; init; }
    public List<Expected> Articles { get; init; } = [];

    public static HeldOutArticles Load(string path) =>
        JsonSerializer.Deserialize<HeldOutArticles>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} is empty");

    /// <summary>Pairs each expected article with a parsed one (same headline, else same opening) and counts the fields that agree.</summary>
    public Score Measure(ParsedIssue issue)
    {
        var parsed = issue.Articles.ToList();
        var lines = new List<string>();
        var (fields, right, matched) = (0, 0, 0);
        foreach (var expected in Articles)
        {
            var found = parsed.Find(expected.Matches);
            if (found is null)
            {
                lines.Add($"missed   {expected.Headline ?? expected.FirstParagraphStarts}");
                continue;
            }
            parsed.Remove(found);
            matched++;
            foreach (var (field, want, got) in expected.Compare(found))
            {
                fields++;
                if (want == got)
                {
                    right++;
                }
                else
                {
                    lines.Add($"field    {expected.Headline ?? expected.FirstParagraphStarts} · {field}: expected «{want}», parsed «{got}»");
                }
            }
        }
        lines.AddRange(parsed.Select(a => $"extra    {a.Headline ?? (a.Paragraphs.Count > 0 ? a.Paragraphs[0] : "")}"));
        return new Score(Articles.Count, issue.Articles.Count, matched, fields, right, lines);
    }

    internal sealed record Score(int Expected, int Parsed, int Matched, int Fields, int FieldsRight, IReadOnlyList<string> Differences)
    {
        public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;
        public double Precision => Parsed == 0 ? 1 : (double)Matched / Parsed;
        public double FieldAgreement => Fields == 0 ? 0 : (double)FieldsRight / Fields;
    }

    internal sealed class Expected
    {
        public string Kind { get; init; } = "article";
        public string? Section { get; init; }
        public string? Kicker { get; init; }
        public string? Headline { get; init; }
        public string? Subheadline { get; init; }
        public string? Dateline { get; init; }
        public List<string> Reporters { get; init; } = [];
        public List<string> Photographers { get; init; } = [];
        public List<string> Correspondents { get; init; } = [];
        public string? SourceTag { get; init; }
        public List<string> Subheadings { get; init; } = [];
        public int ParagraphCount { get; init; }
        public string? FirstParagraphStarts { get; init; }
        public List<string> Captions { get; init; } = [];

        public bool Matches(ParsedArticle a) => Headline is { } headline
            ? Compact(a.Headline) == Compact(headline)
            : FirstParagraphStarts is { } start && Compact(a.Paragraphs.Count > 0 ? a.Paragraphs[0] : null).StartsWith(Compact(start), StringComparison.Ordinal);

        public IEnumerable<(string Field, string Want, string Got)> Compare(ParsedArticle a)
        {
            yield return ("kind", Kind.ToLowerInvariant(), a.Kind.ToString().ToLowerInvariant());
            yield return ("section", Compact(Section), Compact(a.Section));
            yield return ("kicker", Compact(Kicker), Compact(a.Kicker));
            yield return ("subheadline", Compact(Subheadline), Compact(a.Subheadline));
            yield return ("dateline", Compact(Dateline), Compact(a.Dateline));
            yield return ("reporters", Names(Reporters), Names(a.NamesIn(ContributorRole.Reporter)));
            yield return ("photographers", Names(Photographers), Names(a.NamesIn(ContributorRole.Photographer)));
            yield return ("correspondents", Names(Correspondents), Names(a.NamesIn(ContributorRole.Correspondent)));
            yield return ("source tag", Compact(SourceTag), Compact(a.SourceTag));
            yield return ("subheadings", string.Join('|', Subheadings.Select(Compact)), string.Join('|', a.Subheadings.Select(Compact)));
            yield return ("paragraphs", ParagraphCount.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Paragraphs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var first = Compact(a.Paragraphs.Count > 0 ? a.Paragraphs[0] : null);
            var start = Compact(FirstParagraphStarts);
            yield return ("first paragraph", start, first.Length >= start.Length ? first[..start.Length] : first);
            yield return ("captions", string.Join('|', Captions.Select(Compact)), string.Join('|', a.Photos.Select(p => Compact(p.Caption))));
        }

        private static string Names(IEnumerable<string> names) => string.Join('、', names.Select(Compact).Order(StringComparer.Ordinal));
    }

    private static string Compact(string? text) =>
        text is null ? "" : string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u3000'));
}
