namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Descriptors that name a trade, printed before a name as its post is (历史学家某某, 舞蹈家某某, 快递员某某, 看护员某某):
/// the trade is published as the person's title, where a description of who someone is (村民, 老兵, 专家, 党员,
/// 技术人员) gives none. A field before 学家 is part of the trade (历史|学家), and a noun of people ending in 员
/// that the suffix reading took by its last two letters (看|护员) gets its first letter back.
/// </summary>
internal static class TradeTitles
{
    private const char Expert = '家';
    private const char Member = '员';
    private const string Scholar = "学家";
    /// <summary>A critic of a field (影视|评论人): the field is part of the trade.</summary>
    private const string Critic = "评论人";
    private const int FieldLength = 2;
    /// <summary>Words ending in 家 or 员 that say who someone is, not a trade.</summary>
    private static readonly string[] NotTrades = ["专家", "企业家", "党员", "人员", "成员", "会员"];
    /// <summary>Letters that end the words before a trade (著名|化学家, 一位|看护员): particles and measure words.</summary>
    private static readonly CharSet Stops = new("的了在和与及是为由把被让给对名位个批等");

    /// <summary>The title the descriptor from <paramref name="start"/> to <paramref name="end"/> gives, or null; <paramref name="suffixed"/> when read by its last letters only.</summary>
    public static string? Of(string body, int start, int end, bool suffixed)
    {
        var word = body.AsSpan(start, end - start);
        if (word.EndsWith(Critic, StringComparison.Ordinal))
        {
            return Widened(body, start, end, FieldLength);
        }
        if (word.Length == 0 || (word[^1] != Expert && word[^1] != Member) || (suffixed && word[^1] != Member))
        {
            return null;
        }
        foreach (var not in NotTrades)
        {
            if (word.EndsWith(not, StringComparison.Ordinal))
            {
                return null;
            }
        }
        return Widened(body, start, end, suffixed ? 1 : word.SequenceEqual(Scholar) ? FieldLength : 0);
    }

    private static string Widened(string body, int start, int end, int widen)
    {
        for (var k = 0; k < widen && start > 0 && HanText.IsHan(body[start - 1]) && !Stops.Contains(body[start - 1]); k++)
        {
            start--;
        }
        return body[start..end];
    }
}
