using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Words the sentence right after them calls a song, a verse or a saying (“…”这是一首写矿工的歌。, “…”这句俗话…): sung or
/// said by no one the text names, so no person in focus and no subject of the next sentence speaks them. A name in that
/// clause (这是某某的诗) is left to the rules that read it.
/// </summary>
internal static class VerseQuotes
{
    private static readonly WordIndex Openings = HanText.Longest("这是", "这就是", "这正是", "这便是", "这首", "这句");

    private static readonly WordIndex Kinds = HanText.Longest(
        "歌", "歌曲", "歌词", "歌谣", "民谣", "童谣", "民歌", "儿歌", "山歌", "曲子", "诗", "诗句", "古诗", "顺口溜", "俗语", "谚语", "俗话", "老话", "口号", "标语", "对联");

    public static AttributedQuote? Find(string body, QuoteSpan span, List<EntityMention> people)
    {
        var start = span.Close + 1;
        if (HanText.WordAt(body, start, Openings) is not { } opening)
        {
            return null;
        }
        var end = SpeakerReader.ClauseEnd(body, start);
        var named = HanText.WordEndingAt(body, end, Kinds) is not null || opening is "这首" or "这句" && Kinds.Words.Any(k => body.AsSpan(start, end - start).Contains(k.AsSpan(), StringComparison.Ordinal));
        return named && !people.Any(p => p.CharStart >= start && p.CharStart < end)
            ? new AttributedQuote(span, null, null, null, EntityRules.QuoteVerse, end)
            : null;
    }
}
