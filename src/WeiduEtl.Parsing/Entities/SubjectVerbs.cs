namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Verbs of taking in and of acting that follow a subject's name (张某|觉得, 李某|接到电话, 王某|干预审批,
/// 某某·某某|接到): their first letter would otherwise be read as the name's last, as it is a letter names end in.
/// </summary>
internal static class SubjectVerbs
{
    public static string[] Words { get; } =
        ["觉得", "感到", "感觉", "接到", "收到", "干预", "插手", "决定", "打算", "记得", "知道", "发现", "看到", "听到", "想到"];
}
