using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Speakers that a paragraph gives rather than a sentence: a person whose reported speech opens the paragraph goes on
/// speaking in it, and a pull-quote printed as its own line repeats words the text gives a speaker later.
/// </summary>
internal static class ParagraphSpeakers
{
    /// <summary>Shorter pull-quotes are as likely a slogan printed twice.</summary>
    private const int MinPullQuoteLength = 8;

    /// <summary>
    /// A quotation that opens a sentence, with no attribution of its own, in a paragraph where a person was reported
    /// speaking before it with no other person named between (“…。”青木信夫指出，…。“当前…”; 奥特说，他…。…。“孩子们…”):
    /// the paragraph is that person's account, and the quotation theirs. Inside a sentence the clause before it has its
    /// own subject (老游努努嘴，“…”), and after a colon the clause before the colon speaks (公司经理表现十分强势：“…”);
    /// but a sentence that names no one, by name, 他/她/我 or a form of address, before the comma of its quotation goes on
    /// with the account (X表示，…。…以来，许多城市的基建得到了极大改善，“我们拥有了更多公路”。).
    /// </summary>
    public static AttributedQuote? EarlierInParagraph(string body, QuoteSpan span, List<EntityMention> people)
    {
        var sentenceStart = QuoteAttributor.SentenceStart(body, span.Open);
        if (sentenceStart != span.Open && !(body[span.Open - 1] is '，' or ',' && NamesNoOne(body, sentenceStart, span.Open, people)))
        {
            return null;
        }
        var paragraphStart = span.Open == 0 ? 0 : body.LastIndexOf('\n', span.Open - 1) + 1;
        EntityMention? speaker = null;
        string? verb = null;
        foreach (var person in people)
        {
            if (person.CharStart < paragraphStart || person.CharEnd > span.Open)
            {
                continue;
            }
            if (SpeechVerbs.After(body, person.CharEnd) is { } said)
            {
                (speaker, verb) = (person, said);
            }
            else if (speaker is not null && person.Name != speaker.Name)
            {
                // Someone else is named after the speaker: whose words follow is no longer sure.
                (speaker, verb) = (null, null);
            }
        }
        return speaker is null ? null : new AttributedQuote(span, speaker.Name, speaker, verb, EntityRules.QuoteParagraphSpeaker, span.Close + 1);
    }

    /// <summary>Whether <c>body[start..end]</c> names no one: no person, no 他/她/我, no form of address.</summary>
    internal static bool NamesNoOne(string body, int start, int end, List<EntityMention> people)
    {
        if (MentionSpans.AnyOverlapping(people, start, end) || body.AsSpan(start, end - start).IndexOfAny(Persons) >= 0)
        {
            return false;
        }
        for (var at = start; at < end; at++)
        {
            if (AddressForms.LengthAt(body, at) > 0)
            {
                return false;
            }
        }
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> Persons = System.Buffers.SearchValues.Create("他她我");

    /// <summary>
    /// A quotation printed as its own line (a pull-quote or subheading) takes the speaker of the quotation that contains
    /// its words (“重新整合缅甸发展格局，推动经济增长” over “…将重新整合缅甸发展格局，推动经济增长。”X说), inner quotation
    /// marks and closing punctuation aside: a line with nothing beside it has only the weaker readings across its
    /// paragraph break (the sentence before, the person in focus), which the words' own attribution outranks.
    /// </summary>
    public static void PullQuotes(string body, List<AttributedQuote> quotes)
    {
        for (var k = 0; k < quotes.Count; k++)
        {
            var quote = quotes[k];
            var span = quote.Span;
            if (quote.Rule is EntityRules.QuoteBefore or EntityRules.QuoteAfter || !(span.Open == 0 || body[span.Open - 1] == '\n') || !(span.Close + 1 >= body.Length || body[span.Close + 1] == '\n'))
            {
                continue;
            }
            var words = Plain(body[span.TextStart..Math.Min(span.Close, body.Length)]).TrimEnd('。', '！', '？', '…');
            if (words.Length < MinPullQuoteLength)
            {
                continue;
            }
            var source = quotes.Find(q => q.Speaker is not null && q.Span != span && q.Rule != EntityRules.QuoteRepeated && Plain(body[q.Span.TextStart..Math.Min(q.Span.Close, body.Length)]).Contains(words, StringComparison.Ordinal));
            if (source is not null)
            {
                quotes[k] = quote with { Speaker = source.Speaker, Person = source.Person, Verb = source.Verb, Rule = EntityRules.QuoteRepeated };
            }
        }
    }

    /// <summary>
    /// A paragraph ending in a colon that introduces a run of paragraphs each wholly a quotation (X谈到今年的计划：⏎“第一，…”⏎
    /// “第二，…”): each takes the speaker of the one before it, whatever the next paragraph names, so the first's speaker
    /// speaks them all (a run whose first has none takes the first speaker found in it from there on); the run ends at the
    /// first paragraph that is not one quotation.
    /// </summary>
    public static void ColonRuns(string body, List<AttributedQuote> quotes)
    {
        for (var k = 1; k < quotes.Count; k++)
        {
            var previous = quotes[k - 1];
            var quote = quotes[k];
            if (previous.Speaker is not null && quote.Span.Open == previous.Span.Close + 2 && IsWholeParagraph(body, quote.Span)
                && IsWholeParagraph(body, previous.Span) && OpensColonRun(body, quotes, k - 1) && quote.Speaker != previous.Speaker)
            {
                quotes[k] = quote with { Speaker = previous.Speaker, Person = previous.Person, Verb = previous.Verb, Rule = EntityRules.QuoteColonRun };
            }
        }
    }

    /// <summary>Whether the quotation at <paramref name="k"/> is in a run of whole-paragraph quotations whose first follows a paragraph ending in a colon.</summary>
    private static bool OpensColonRun(string body, List<AttributedQuote> quotes, int k)
    {
        while (k > 0 && quotes[k].Span.Open == quotes[k - 1].Span.Close + 2 && IsWholeParagraph(body, quotes[k - 1].Span))
        {
            k--;
        }
        var open = quotes[k].Span.Open;
        return open >= 2 && body[open - 2] is '：' or ':';
    }

    private static bool IsWholeParagraph(string body, QuoteSpan span) =>
        span.Open > 0 && body[span.Open - 1] == '\n' && span.Close < body.Length && (span.Close + 1 == body.Length || body[span.Close + 1] == '\n');

    /// <summary>The text without quotation marks: a headline drops the inner ‘…’ that the quotation prints (共建‘一带一路’倡议).</summary>
    private static string Plain(string text) => text.Replace("‘", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
}
