using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// A news story's first paragraph says when it happened at the head of its first or second sentence: a date
/// (3月5日，, 2023年3月5日上午，) or a day named from the paper's (近日，日前，昨天上午，). A section of a feature may
/// open so too; the caller weighs what stands around it.
/// </summary>
internal static partial class NewsLeadRule
{
    /// <summary>The sentences of a lead a time phrase may head: the first, or the second after a scene-setting first.</summary>
    private const int LeadSentences = 2;

    public static bool OpensNewsLead(string paragraph)
    {
        var text = Punctuation.FoldTrimmed(paragraph);
        var lead = TimeLead().Match(text);
        return lead.Success && SentenceEnd().Count(text.AsSpan(0, lead.Index)) < LeadSentences;
    }

    [GeneratedRegex(@"(?:^|(?<=[。.!?！？]))(?:(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日|近日|日前|近期|昨天|昨日|今天|今日|前天|(?:本|上)周[一二三四五六日]?)(?:上午|下午|中午|晚上|晚间|傍晚|凌晨|早上|[0-9]{1,2}时许?)?[,，]")]
    private static partial Regex TimeLead();

    [GeneratedRegex(@"[。.!?！？]")]
    private static partial Regex SentenceEnd();
}
