using System.Globalization;
using System.Text;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Profiles;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Worker.Cli;

/// <summary>
/// How a page was understood, for a person checking a new paper: every item with its fields, the ends of its
/// body, its captions, the people, organisations, places and quotations found in its body (each with the rule that
/// found it and its offsets), then every line the parser could not place and every warning.
/// </summary>
public static class InspectReport
{
    private const int Ends = 15;

    public static string Render(ParsedIssue issue, string fileName, IEntityExtractor? entities = null, PressProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var sb = new StringBuilder();
        sb.AppendLine(Invariant($"{fileName}: {issue.Articles.Count} items, {issue.UnplacedLines.Count} unplaced lines, {issue.Warnings.Count} warnings"));
        sb.AppendLine(Invariant($"  page label: {issue.PageLabel ?? "-"}   issue date: {issue.IssueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}   pages: {issue.PageCount}"));
        sb.AppendLine(profile is null
            ? "  press lexicon: built-in"
            : Invariant($"  press lexicon: built-in + profile {profile.Fingerprint}{(profile.Description is null ? "" : $" ({profile.Description})")}"));
        for (var i = 0; i < issue.Articles.Count; i++)
        {
            sb.AppendLine();
            RenderArticle(sb, i + 1, issue.Articles[i]);
            foreach (var hit in LexiconHits.For(issue.Articles[i], profile))
            {
                Field(sb, "lexicon", $"{hit.Field} ← {hit.List} \"{hit.Entry}\" ({hit.Origin})");
            }
            if (entities is not null)
            {
                RenderEntities(sb, entities.Extract(issue.Articles[i].Body.Normalize(NormalizationForm.FormC)));
            }
        }
        if (issue.LoosePhotos.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine(Invariant($"Photos outside any item ({issue.LoosePhotos.Count}):"));
            foreach (var photo in issue.LoosePhotos)
            {
                sb.AppendLine(Invariant($"  - {Caption(photo)}"));
            }
        }
        sb.AppendLine();
        sb.AppendLine(Invariant($"Unplaced lines ({issue.UnplacedLines.Count}):"));
        foreach (var line in issue.UnplacedLines)
        {
            sb.AppendLine(Invariant($"  ! {line}"));
        }
        sb.AppendLine(Invariant($"Warnings ({issue.Warnings.Count}):"));
        foreach (var warning in issue.Warnings)
        {
            sb.AppendLine(Invariant($"  - {warning}"));
        }
        return sb.ToString();
    }

    private static void RenderArticle(StringBuilder sb, int seq, ParsedArticle a)
    {
        var kind = a.Kind.ToString().ToLowerInvariant();
        sb.AppendLine(Invariant($"[{seq}] {kind}{(a.Section is null ? "" : " · " + a.Section)} · page {a.Page}"));
        Field(sb, "started by", a.StartedBy);
        Field(sb, "kicker", a.Kicker);
        sb.AppendLine(Invariant($"    {"headline",-15}{a.Headline ?? "(none)"}"));
        Field(sb, "subheadline", a.Subheadline);
        Field(sb, "dateline", a.Dateline);
        Field(sb, "reporters", Names(a, ContributorRole.Reporter));
        Field(sb, "correspondents", Names(a, ContributorRole.Correspondent));
        Field(sb, "photographers", Names(a, ContributorRole.Photographer));
        Field(sb, "source tag", a.SourceTag);
        for (var k = 0; k < a.Subheadings.Count; k++)
        {
            Field(sb, k == 0 ? "subheadings" : "", a.Subheadings[k]);
        }
        var body = a.Body;
        sb.AppendLine(Invariant($"    {"paragraphs",-15}{a.Paragraphs.Count} ({body.Replace("\n", "", StringComparison.Ordinal).Length} characters)"));
        if (body.Length > 0)
        {
            var flat = body.Replace('\n', '¶');
            var text = flat.Length <= Ends * 2 + 3 ? flat : $"{flat[..Ends]} … {flat[^Ends..]}";
            sb.AppendLine(Invariant($"    {"body",-15}{text}"));
        }
        for (var k = 0; k < a.Photos.Count; k++)
        {
            Field(sb, k == 0 ? "captions" : "", Caption(a.Photos[k]));
        }
    }

    private static void RenderEntities(StringBuilder sb, ArticleEntities found)
    {
        if (found.Mentions.Count > 0)
        {
            sb.AppendLine(Invariant($"    mentions ({found.Mentions.Count})"));
        }
        foreach (var m in found.Mentions)
        {
            var details = string.Join(" · ", new[] { m.Name, m.Title, m.Organisation }.Where(v => !string.IsNullOrEmpty(v)));
            sb.AppendLine(Invariant($"      {m.Kind.ToString().ToLowerInvariant(),-13}{m.Text}{(details == m.Text ? "" : " → " + details)}   [{m.Rule} {m.CharStart}..{m.CharEnd}]"));
        }
        if (found.Quotes.Count > 0)
        {
            sb.AppendLine(Invariant($"    quotes ({found.Quotes.Count})"));
        }
        foreach (var q in found.Quotes)
        {
            var text = q.Text.Length <= Ends * 2 + 3 ? q.Text : $"{q.Text[..Ends]} … {q.Text[^Ends..]}";
            var speaker = q.Speaker is null ? "(no speaker)" : $"{q.Speaker}{(q.Verb is null ? "" : " " + q.Verb)}";
            sb.AppendLine(Invariant($"      “{text}” — {speaker}   [{q.Rule} {q.CharStart}..{q.CharEnd}]"));
        }
    }

    private static void Field(StringBuilder sb, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            sb.AppendLine(Invariant($"    {name,-15}{value}"));
        }
    }

    private static string? Names(ParsedArticle a, ContributorRole role)
    {
        var names = a.NamesIn(role).ToList();
        return names.Count == 0 ? null : string.Join("、", names);
    }

    private static string Caption(ParsedPhoto photo) =>
        (photo.Caption ?? "(no caption)") + (photo.Credit is null ? "" : " — credit " + photo.Credit);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
