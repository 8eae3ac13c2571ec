namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 背诵“两个黄鹂鸣翠柳，一行白鹭上青天”, 诗句“白发三千丈”: a quotation recited, sung or named as verse or saying is
/// literature, whose numerals count nothing on the page (a short one is already a slogan; a verse runs longer).
/// </summary>
internal static class QuotedVerses
{
    /// <summary>Verbs of reciting and singing, and nouns of verse and sayings, that stand right before the opening mark.</summary>
    private static readonly string[] VerseLeads = ["背诵", "朗诵", "吟诵", "诵读", "默写", "吟出", "唱起", "唱响", "高唱", "齐唱", "合唱",
        "诗句", "名句", "古诗", "诗词", "歌词", "对联", "春联", "谚语", "俗语", "农谚", "俗话说", "常言道", "古人云", "诗云"];

    private const int VerseMaxLength = 40;

    public static bool IsInsideVerse(string body, FigureCandidate figure) =>
        FigureExclusions.Enclosed(body, figure, '“', '”', VerseMaxLength) is var open and >= 0
        && body[..open].TrimEnd('：', ':', '，', ',').EndsWithAny(VerseLeads);
}
