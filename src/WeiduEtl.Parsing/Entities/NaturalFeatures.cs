namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// China's great rivers, lakes and mountains, whose names read like a surname and a given name (黄河, 洪泽湖, 秦岭):
/// where one stands, no person's name starts.
/// </summary>
internal static class NaturalFeatures
{
    private static readonly WordIndex Names = HanText.Longest(
        "黄河", "长江", "淮河", "珠江", "汉江", "湘江", "赣江", "闽江", "漓江", "渭河", "汾河", "海河", "辽河", "洛河", "伊河", "沁河", "黄浦江", "嘉陵江", "松花江", "雅鲁藏布江",
        "太湖", "巢湖", "洪泽湖", "鄱阳湖", "洞庭湖", "青海湖", "滇池", "洱海",
        "黄山", "华山", "泰山", "嵩山", "衡山", "恒山", "庐山", "武当山", "峨眉山", "秦岭", "太行山", "燕山", "天山", "昆仑山");

    /// <summary>Length of the feature's name starting at <paramref name="index"/>, 0 when none does.</summary>
    public static int LengthAt(string text, int index) => HanText.WordAt(text, index, Names)?.Length ?? 0;
}
