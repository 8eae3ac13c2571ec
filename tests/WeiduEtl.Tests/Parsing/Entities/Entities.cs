using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Entities;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>Runs the extractor and checks that every row's offsets give back its text.</summary>
internal static class Entities
{
    private static readonly RuleBasedEntityExtractor Extractor = new();

    public static ArticleEntities Extract(string body)
    {
        var found = Extractor.Extract(body);
        foreach (var m in found.Mentions)
        {
            Assert.Equal(m.Text, body[m.CharStart..m.CharEnd]);
        }
        foreach (var q in found.Quotes)
        {
            Assert.Equal(q.Text, body[q.CharStart..q.CharEnd]);
        }
        return found;
    }

    /// <summary>The one quotation of <paramref name="body"/>: its speaker and the rule that named it.</summary>
    public static (string? Speaker, string Rule) OnlyQuote(string body)
    {
        var quote = Assert.Single(Extract(body).Quotes);
        return (quote.Speaker, quote.Rule);
    }

    /// <summary>The last quotation of <paramref name="body"/>, after any that set the scene: its speaker and rule.</summary>
    public static (string? Speaker, string Rule) LastQuote(string body)
    {
        var quote = Extract(body).Quotes[^1];
        return (quote.Speaker, quote.Rule);
    }

    public static List<EntityMention> People(string body) => [.. Extract(body).Mentions.Where(m => m.Kind == MentionKind.Person)];

    public static List<string> Names(string body, MentionKind kind) => [.. Extract(body).Mentions.Where(m => m.Kind == kind).Select(m => m.Name)];
}
