namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>What a printed Chinese personal name looks like in a credit.</summary>
internal static class PersonNames
{
    // The most frequent surnames settle where a name starts when a credit is glued to its caption.
    private const string CommonSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";
    private const string TopSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏";
    private static readonly string[] CompoundSurnames = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒", "端木", "申屠", "独孤", "南宫"];
    private const string NotInNames = "的了在是与及或等为对把被从就也而且但并着过这那其之个们我你他她它年第";

    /// <summary>A name as credits print it: 2–4 Han characters, or a transliterated name joined by a middle dot.</summary>
    public static bool IsPlausible(string name)
    {
        if (name.Contains('·', StringComparison.Ordinal) || name.Contains('•', StringComparison.Ordinal))
        {
            return name.Length is >= 3 and <= 14 && name.All(c => Punctuation.IsHan(c) || c is '·' or '•');
        }
        return name.Length is >= 2 and <= 4
            && name.All(Punctuation.IsHan)
            && !name.Any(c => NotInNames.Contains(c, StringComparison.Ordinal))
            && (name.Length < 4 || CompoundSurnames.Any(s => name.StartsWith(s, StringComparison.Ordinal)) || IsSurname(name[0]));
    }

    /// <summary>A line that is a name and nothing else (何 娟, spaces between its letters allowed): a signature.</summary>
    public static bool IsNameAlone(string line) =>
        IsPlausible(new string(line.Where(Punctuation.IsHan).ToArray()))
        && !line.Any(c => !Punctuation.IsHan(c) && !char.IsWhiteSpace(c) && c != '\u3000');

    public static bool IsSurname(char ch) => CommonSurnames.Contains(ch, StringComparison.Ordinal);

    /// <summary>A writer's name printed bare, with no role word: two or three letters, plausible, opening with a common surname.</summary>
    public static bool IsBareName(string name) => name.Length is 2 or 3 && IsPlausible(name) && IsSurname(name[0]);

    /// <summary>
    /// Splits a name glued to the end of a caption (…走访商户王小明): the longest plausible tail that starts with a
    /// surname, preferring a three-character name when it starts with one of the most frequent surnames.
    /// </summary>
    public static string? TrailingName(string text)
    {
        if (text.Length < 2)
        {
            return null;
        }
        string? Tail(int k) => text.Length >= k && text[^k..].All(Punctuation.IsHan) && IsPlausible(text[^k..]) ? text[^k..] : null;
        var three = Tail(3);
        var two = Tail(2);
        if (three is not null && TopSurnames.Contains(three[0], StringComparison.Ordinal))
        {
            return three;
        }
        if (two is not null && IsSurname(two[0]))
        {
            return two;
        }
        return three is not null && IsSurname(three[0]) ? three : null;
    }
}
