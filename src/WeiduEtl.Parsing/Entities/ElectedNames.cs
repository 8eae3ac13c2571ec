using System.Buffers;
using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Names before a verb of taking a post (王某当选为市书法家协会主席, 张某、李某当选为副主席, 赵某出任总经理): the clause
/// before the verb is the names alone and the post follows the verb, so no title before the names is needed. A post
/// without a body later in the same sentence (…，刘某当选为秘书长) is of the body the sentence named before.
/// </summary>
internal static class ElectedNames
{
    private static readonly WordIndex Verbs = HanText.Longest("当选为", "当选", "出任", "担任", "被任命为", "被选举为", "被选为");

    /// <summary>The verbs' first letters, built from them so that a verb added to the list is looked for too.</summary>
    private static readonly SearchValues<char> VerbFirsts = SearchValues.Create([.. Verbs.Words.Select(w => w[0]).Distinct()]);

    /// <summary>Words that open such a clause with a surname's letter and name no one (高票当选, 全票当选).</summary>
    private static readonly WordIndex NotNames = HanText.Longest("高票", "全票", "成功");

    private const int MaxClause = 24;

    public static void Add(string body, IReadOnlyList<EntityMention> organisations, List<EntityMention> found)
    {
        string? sentenceBody = null;
        var sentenceStart = 0;
        for (var at = body.AsSpan().IndexOfAny(VerbFirsts); at >= 0;)
        {
            var verb = HanText.WordAt(body, at, Verbs);
            var next = at + (verb?.Length ?? 1);
            if (verb is not null && Post(body, next, organisations) is { } post)
            {
                var start = QuoteAttributor.SentenceStart(body, at);
                if (start != sentenceStart)
                {
                    (sentenceStart, sentenceBody) = (start, null);
                }
                sentenceBody = post.Organisation ?? sentenceBody;
                AddNames(body, at, post.Title, sentenceBody, found);
                next = post.End;
            }
            var rest = next < body.Length ? body.AsSpan(next).IndexOfAny(VerbFirsts) : -1;
            at = rest < 0 ? -1 : next + rest;
        }
    }

    /// <summary>The post after the verb: a body's name, if any, then a title chain; null when no title follows.</summary>
    private static (string? Organisation, string Title, int End)? Post(string body, int start, IReadOnlyList<EntityMention> organisations)
    {
        EntityMention? organisation = null;
        foreach (var o in organisations)
        {
            if (o.CharStart == start)
            {
                organisation = o;
                break;
            }
        }
        var titleStart = organisation?.CharEnd ?? start;
        var chainEnd = TitleLexicon.ChainEnd(body, titleStart);
        return chainEnd == titleStart ? null : (organisation?.Name, body[titleStart..chainEnd], chainEnd);
    }

    /// <summary>The names joined by 、 that make up the whole clause before the verb at <paramref name="verbStart"/>.</summary>
    private static void AddNames(string body, int verbStart, string title, string? organisation, List<EntityMention> found)
    {
        var clauseStart = verbStart;
        while (clauseStart > 0 && verbStart - clauseStart < MaxClause && (HanText.IsHan(body[clauseStart - 1]) || body[clauseStart - 1] == '、'))
        {
            clauseStart--;
        }
        var names = new List<(int Start, int End)>();
        for (var start = clauseStart; start < verbStart;)
        {
            var end = body.IndexOf('、', start, verbStart - start) is >= 0 and var join ? join : verbStart;
            if (!IsWholeName(body, start, end))
            {
                return;
            }
            names.Add((start, end));
            start = end + 1;
        }
        foreach (var (start, end) in names)
        {
            if (!MentionSpans.AnyOverlapping(found, start, end))
            {
                found.Add(new EntityMention(MentionKind.Person, body[start..end], body[start..end], title, organisation, start, end, EntityRules.ElectedName));
            }
        }
    }

    /// <summary>
    /// Whether <c>[start, end)</c> is one name: a surname and one or two given letters that the name reader takes, or
    /// takes with the verb's first letter after it (李某当|选: the reader cannot tell 当 from a given letter).
    /// </summary>
    private static bool IsWholeName(string body, int start, int end)
    {
        var surname = Surnames.SurnameLengthAt(body, start);
        var given = end - start - surname;
        if (surname == 0 || given is < 1 or > 2 || HanText.WordAt(body, start, NotNames) is not null)
        {
            return false;
        }
        var read = PersonNameReader.NameLengthAt(body, start);
        return read == end - start || (read == end - start + 1 && given == 1);
    }
}
