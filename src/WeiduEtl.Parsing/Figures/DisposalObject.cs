using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// The disposal construction: 将/把 puts what is changed before the verb that sets its new value (将加工天数由30天减少到
/// 23天, 把增速提高到6%, 将综合能耗控制在1%以内), so that object, not the clause's subject (the one who changes it), is
/// what the figure measures.
/// </summary>
internal static partial class DisposalObject
{
    /// <summary>The words between 将/把 and the verb or 由 that leads to the figure, or null.</summary>
    public static string? Words(string clause) => Disposal().Match(clause) is { Success: true } m ? m.Groups["object"].Value : null;

    [GeneratedRegex(
        @"[将把](?<object>[^将把]{2,24}?)(?:(?:由|从)(?:过去|原来|原先|以前|此前|现在|目前)?的?"
        + @"|(?:降至|降到|降低至|降低到|降为|提高至|提高到|提升至|提升到|增加至|增加到|增至|减少至|减少到|减至|缩短至|缩短到|压缩至|压缩到"
        + @"|扩大至|扩大到|控制在|稳定在|保持在|调整为|调整至|调整到|下调至|上调至|延长至|延长到))$")]
    private static partial Regex Disposal();
}
