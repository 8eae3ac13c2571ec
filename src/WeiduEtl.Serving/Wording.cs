namespace WeiduEtl.Serving;

/// <summary>The page's Chinese words for the ledger's and the contract's English values.</summary>
internal static class Wording
{
    public static string Status(string status) => status switch
    {
        "succeeded" => "成功",
        "partial" => "部分文档失败",
        "failed" => "失败",
        "cancelled" => "已取消",
        "running" => "进行中",
        _ => status,
    };

    public static string Trigger(string trigger) => trigger switch
    {
        "run" => "手动运行",
        "schedule" => "定时任务",
        "backfill" => "回填",
        "publish" => "发布",
        _ => trigger,
    };

    public static string Table(string table) => table switch
    {
        "issues" => "版面（源文件）",
        "articles" => "稿件",
        "contributors" => "署名",
        "photos" => "图片",
        "figures" => "数字",
        "dates" => "日期",
        "mentions" => "人物、机构与地点",
        "quotes" => "引语",
        _ => table,
    };

    public static string FieldType(string type) => type switch
    {
        "string" => "文本",
        "integer" => "整数",
        "number" => "数值",
        "date" => "日期",
        "datetime" => "时间（UTC）",
        "array" => "数组（CSV 中为 JSON 文本）",
        _ => type,
    };

    public static string Kind(string kind) => kind switch
    {
        "article" => "稿件",
        "brief" => "简讯",
        "photo" => "图片新闻",
        _ => kind,
    };

    public static string Mention(string kind) => kind switch
    {
        "person" => "人物",
        "organisation" => "机构",
        "place" => "地点",
        _ => kind,
    };

    public static string Role(string? role) => role switch
    {
        "reporter" => "记者",
        "correspondent" => "通讯员",
        "photographer" => "摄影",
        _ => role ?? "",
    };
}
