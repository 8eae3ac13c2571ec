namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// A person's name opening the words after an age and its 的 (87岁的刘爱民指着饭菜, 21岁的张晓莉离开老家): the age is that
/// person's. Chinese prints no space between a name and the verb after it, so the name is read as a common surname and one
/// or two characters of given name; a given name of two is cut to one before a word that ends a noun (金某与老乡).
/// </summary>
internal static class PersonName
{
    /// <summary>Common single-character surnames, without those that mostly open an ordinary word (和, 于, 全, 明, 成, 时, 高 is kept: 高龄老人 names a person word first).</summary>
    private const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤温康施牛樊葛邢乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿焦俞柳甘祝符舒阮柯梅童凌毕裴霍涂苗谷盛翁冉骆蓝靳柴蒙鲍喻祁蒲滕屈饶牟艾尤穆卓缪褚娄窦戚岑宫卜晏瞿桂佟臧闵苟邬卞姬仇栾隋刁巫寇桑郎甄虞敖巩佘邝高";

    private static readonly string[] CompoundSurnames = ["欧阳", "司马", "诸葛", "上官", "东方", "令狐", "皇甫", "慕容", "尉迟", "长孙"];

    /// <summary>Characters that, third after a surname, more likely open the verb than end the name (王军说, 李华站在).</summary>
    private const string VerbStarts = "说称表笑站坐走拿指告介回今早每一便从自已正也都又还";

    /// <summary>The name at <paramref name="start"/>, or null when no common surname opens the words there.</summary>
    public static string? At(string body, int start)
    {
        var surname = body.WordAt(start, CompoundSurnames)?.Length
            ?? (start < body.Length && Surnames.Contains(body[start], StringComparison.Ordinal) ? 1 : 0);
        var given = start + surname;
        if (surname == 0 || given >= body.Length || !FigureReader.IsHan(body[given]))
        {
            return null;
        }
        // 王某, 李某某: 某 stands for the whole given name.
        if (body[given] == '某')
        {
            return body[start..(given + (given + 1 < body.Length && body[given + 1] == '某' ? 2 : 1))];
        }
        var secondEnds = given + 1 >= body.Length || !FigureReader.IsHan(body[given + 1])
            || VerbStarts.Contains(body[given + 1], StringComparison.Ordinal)
            || LabelWords.CutsAfter.Any(c => body.AsSpan(given + 1).StartsWith(c, StringComparison.Ordinal));
        return body[start..(given + (secondEnds ? 1 : 2))];
    }

    /// <summary>Whether <paramref name="words"/> end in a name of two or three characters (刘建军, 村民王芳).</summary>
    public static bool Ends(string words) =>
        words.Length >= 3 && At(words, words.Length - 3) == words[^3..] || words.Length >= 2 && At(words, words.Length - 2) == words[^2..];
}
