namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// A duration followed by a verb of finishing (3个工作日办结, 两年建成) is the time the deed takes: its label is the doer
/// with the verb (审批事项办结, 新建学校建成).
/// </summary>
internal static class CompletionLabel
{
    private static readonly string[] Verbs =
    [
        "办理完毕", "办结", "办完", "办妥", "完成", "建成", "竣工", "完工", "投产", "到位", "到账", "送达", "审结", "结案",
        "通车", "交付", "上线", "答复", "回复", "响应", "抵达", "到达",
    ];

    /// <summary>Words before a duration that make it an offset of the deed (提前3天完成, 推迟两年建成), not the time it takes.</summary>
    private static readonly string[] Offsets = ["提前", "推迟", "延迟", "延期", "晚", "早"];

    public static bool IsOffset(string clause) => clause.EndsWithAny(Offsets);

    /// <summary>提前|10分钟到达, 差|1分钟发车: the word ending the clause that makes a duration an offset of the deed after it, or null.</summary>
    public static string? OffsetEnding(string clause) => Offsets.Append("差").FirstOrDefault(o => clause.EndsWith(o, StringComparison.Ordinal));

    public static string? VerbAt(string body, int at) => body.WordAt(at, Verbs);
}
