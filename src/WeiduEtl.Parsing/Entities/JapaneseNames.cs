namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Japanese names as Chinese prints them, surname then given name (the common two-letter surnames and a few of three,
/// then two letters: 某木|某夫). A general list of common Japanese surnames, not one paper's names; surnames that are
/// also everyday Chinese words (中村 'middle village', 小林, 高桥, 山口) are left out.
/// </summary>
internal static class JapaneseNames
{
    private static readonly WordIndex SurnameWords = HanText.Longest(
        "青木", "田中", "铃木", "佐藤", "山本", "渡边", "伊藤", "加藤", "吉田", "山田", "佐佐木", "松本", "井上", "斋藤", "清水",
        "山崎", "池田", "桥本", "前田", "藤田", "后藤", "冈田", "长谷川", "村上", "近藤", "坂本", "远藤", "福田", "西村", "藤井",
        "冈本", "松田", "原田", "中岛", "竹内", "安倍", "岸田", "野田", "菅野", "鸠山", "小泉", "福冈", "宫崎", "久保", "大江",
        "川端", "村山", "细川", "麻生", "河野", "茂木", "二阶", "志位", "枝野", "石破", "二宫", "樱井", "宫本", "平野", "高木");

    /// <summary>The letters a Japanese name starts with.</summary>
    public static CharSet FirstLetters => SurnameWords.Firsts;

    /// <summary>Length of the Japanese name starting at <paramref name="index"/> (surname and two letters), 0 when none does.</summary>
    public static int LengthAt(string text, int index)
    {
        if (HanText.WordAt(text, index, SurnameWords) is not { } surname)
        {
            return 0;
        }
        var end = index + surname.Length + 2;
        return end <= text.Length && HanText.IsHanAt(text, end - 2) && HanText.IsHanAt(text, end - 1) ? end - index : 0;
    }
}
