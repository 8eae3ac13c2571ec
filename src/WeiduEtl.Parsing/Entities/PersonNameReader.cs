namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Reads a Chinese personal name (surname + one or two given characters, or a dotted foreign name, see
/// <see cref="ForeignNames"/>) where the grammar says one starts:
/// right after a title (局长景海燕), in a list (何长成、李森) or before a title (习近平总书记).
/// Two or three characters is decided by what follows: a word that starts a predicate (说, 表示, 一边, 这样)
/// or a title ends the name.
/// </summary>
internal static class PersonNameReader
{
    /// <summary>Characters never inside a name: function words, pronouns (护士长|向她 is no 向 surname) and numerals.</summary>
    private static readonly CharSet NonName = new("某找的了在是和与等说到对为将也都这那个们地得着过就还又再把被让使从向给于及并或而但要会能可已之其各该此每所没不很最更他她它你我咱一二三四五六七八九十百千万亿两几多");

    /// <summary>Measure words and counted nouns after a numeral (万|名, 一|个, 千|元): the numeral counts, it names no one.</summary>
    private static readonly CharSet Counted = new("名个人位户家元次年月日天岁亩吨米件台辆项条种批余多只头斤公里分秒倍届期座所间张把份起场步点些块股片句遍周层级类路支本篇封套群");
    private static readonly CharSet Numerals = new("一二三四五六七八九十百千万亿两几多");

    /// <summary>Words that start right after a name (李森|说, 景海燕|这样说, 朱文博|一边分发).</summary>
    internal static WordIndex FollowerWords => Followers;

    private static readonly WordIndex Followers = HanText.Longest([
        "表示", "介绍", "指出", "强调", "告诉", "认为", "坦言", "感慨", "带领", "主持", "出席", "参加", "陪同", "一行", "一边",
        "这样", "调研", "检查", "走访", "深入", "看望", "慰问", "讲话", "致辞", "宣布", "提出", "要求", "同志", "先生", "女士",
        "来到", "前往", "现场", "代表", "作为", "分别", "通过", "听取", "率队", "笑着", "回忆", "说道", "解释", "透露", "补充",
        "说", "的", "在", "等", "和", "与", "是", "也", "都", "就", "对", "为", "到", "向", "把", "被", "从", "还", "又", "带",
        "率", "一", "这", "给", "让", "将", "已", "正", "并", "及", "们", "分析", "说明", "建议", "提醒", "呼吁", "透露", "谈到",
        "回应", "称",
        // 'then', opening the predicate after a subject (秘书长某某|便来到…): no given name ends in it.
        "便",
        // What follows the names of a result list (孙杨、刘湘|各获两冠, 石松昊、王皓冉|分获第二、第三名).
        "各", "分获", "分列", "均", "先后", "共同",
        // Together with others (李某|一同参加, 王某|一起走访): 一 opens the word and ends no name (刘结一).
        "一同", "一起", "一道",
        // Cutting in, and where a speaker's feelings show (王某|插话说, 李某|连声说, 张某|眼里闪着泪光); the fallen and the
        // old named with a word after the name (李某|烈士, 王某|老人, 丁某某|老汉).
        "插话", "连声", "眼里", "眼中", "脸上", "心里", "烈士", "老人", "夫妇", "老汉", "大爷", "大娘", "大妈", "老太", "老伯",
        // Kin words a feature calls a grown-up by after the name (李某大姐, 王某某大哥); 王大姐 alone is an address.
        "大姐", "大哥", "大叔", "大婶", "大伯", "阿姨",
        // What a player or a pair does to another in a result (王某/李某|战胜…, 张某某|负于…).
        "战胜", "击败", "负于", "不敌", "夺得", "苦战",
        // Adverbs that stand between a subject and its verb (张三|始终保持, 8岁的李四|本来要, 主任某某|很是惊讶).
        "本来", "原本", "始终", "一直", "已经", "曾经", "正在", "刚刚", "随即", "立即", "当即", "马上", "仍然", "依然", "从小",
        "如今", "每天", "专程", "亲自", "再次", "首先", "随后", "同样", "因此", "不仅", "不但", "特别", "早已", "常常", "经常", "总是",
        "非常", "十分", "格外", "特意", "积极", "深情", "很", "很是", "颇为", "倍感", "深感", "会见", "会晤", "访问", "访华", "发表", "获得", "同",
        // The manner of saying between a subject and its verb (王某|抬起头说, 李某|指着新路说, 张某|深有感触).
        "抬起", "指着", "望着", "看着", "拿着", "握着", "拉着", "翻着", "搓着", "边走", "高兴", "兴奋", "激动", "自豪", "动情", "感叹",
        "深有", "连连", "不禁", "忍不住", "笑呵呵", "乐呵呵", "笑眯眯", "拍着", "拍了拍", "看在眼里", "记在心里", "急在心里",
        // Where or how a subject sets about what it does (李某|站在桌前, 王某|主动请缨, 张某|千里赴任, 刘某|毅然返乡).
        "站在", "坐在", "主动", "千里", "毅然", "默默",
        // How a person is introduced by age or home (王某|今年45岁, 李某|家住…).
        "今年", "家住", "出生",
        // When, between a subject and its verb (王芳|昨天在…说, 李某|近日表示).
        "昨天", "昨日", "近日", "日前", "当天", "当日", "上午", "下午", "晚上", "上周", "近期", "最近", "前不久", "去年", "明年",
        // Before and after a match or a meeting (主教练某某|赛后说), and a player's scoring (队长某某|打进一球).
        "赛后", "赛前", "会后", "会前", "事后", "打进", "攻入", "射进",
        // A judge reading out the judgment (审判长某某|宣读判决), and a writer's words quoted (某某某|写道).
        "宣读", "写道",
        // Taking an interview or a task (书记某某|接受采访): 接 ends no name before 受.
        "接受",
        // A view given as the speaker's (在副乡长某某|看来): 看 ends no name before 来.
        "看来",
        // Carrying out what the sentence names (所长某某|进行了汇报): 进 ends no name before 行.
        "进行",
        .. SubjectVerbs.Words]);

    /// <summary>Kinship words and honorifics that follow a surname in place of a given name (王阿姨, 张先生).</summary>
    private static readonly WordIndex Honorifics = HanText.Longest(
        "阿姨", "大爷", "大妈", "大姐", "大哥", "奶奶", "爷爷", "叔叔", "婶婶", "师傅", "先生", "女士", "小姐", "老师", "同学", "书记",
        "局长", "主任", "老板", "经理", "总");

    /// <summary>Length of the name starting at <paramref name="index"/>, 0 when none starts there.</summary>
    public static int NameLengthAt(string text, int index)
    {
        if (ForeignNames.LengthAt(text, index) is > 0 and var foreign)
        {
            return foreign;
        }
        if (TibetanNames.LengthAt(text, index) is > 0 and var tibetan)
        {
            return tibetan;
        }
        if (JapaneseNames.LengthAt(text, index) is > 0 and var japanese)
        {
            return japanese;
        }
        var surname = Surnames.SurnameLengthAt(text, index);
        if (surname == 0 || NaturalFeatures.LengthAt(text, index) > 0)
        {
            return 0;
        }
        var first = index + surname;
        // 万 is a surname and a numeral: before a counted word (万|名, 万|人) it counts.
        if (Numerals.Contains(text[index]) && first < text.Length && Counted.Contains(text[first]))
        {
            return 0;
        }
        // A surname with a title is how one addresses a person (习主席, 王局长), not a name; a word that opens with a
        // surname's letter after a role (运动员|包括…, 志愿者|成为…) is none either.
        if (HanText.WordAt(text, index, WordsOpeningWithSurname) is not null || DoerLengthAt(text, index) > 0 || IsTowardHearer(text, index, first) || IsServingAs(text, index, first) || !IsNameChar(text, first) || HanText.WordAt(text, first, Honorifics) is not null || TitleLexicon.TitleAt(text, first) > 0)
        {
            return 0;
        }
        var second = first + 1;
        if (EndsNameWithFunctionLetter(text, second))
        {
            return surname + 2;
        }
        if (!IsNameChar(text, second) || (StartsPredicate(text, second) && !EndsNameWithOne(text, second)))
        {
            return surname + 1;
        }
        return surname + 2;
    }

    /// <summary>
    /// 向 'toward' before the one spoken to (经理|向顾客介绍说, 店员|向游客讲解): the surname's letter is the preposition when
    /// a word for people follows it, a descriptor (游客, 村民) or a hearer (顾客, 记者, 大家).
    /// </summary>
    private static bool IsTowardHearer(string text, int index, int first) =>
        text[index] == Toward && (PersonDescriptors.StartsAt(text, first) || HanText.WordAt(text, first, HearerNouns) is not null);

    private const char Toward = '向';

    /// <summary>
    /// Words for a doer or a holder that open with a surname's letter (顾客, 车主, 房东, 车友, 石匠). Listed whole: a surname and
    /// 东, 友, 主 or 客 open many names (李东华, 王东林, 张友明), which are no doer's word.
    /// </summary>
    private static readonly WordIndex DoerWords = HanText.Longest("顾客", "游客", "房客", "车主", "房主", "船主", "户主", "房东", "车友", "石匠", "商贩");

    /// <summary>
    /// Length of a doer's word opening with a surname's letter before a whole name (顾客|李某某, 车主|王某, 房东|张某某): the
    /// word describes the person named after it and is no name of its own; 0 when none stands there. Not when the name after
    /// it would end inside a verb (房东|方表|示): then the three letters before the verb are the name.
    /// </summary>
    public static int DoerLengthAt(string text, int index) =>
        HanText.WordAt(text, index, DoerWords) is { } doer && NameLengthAt(text, index + doer.Length) is >= 2 and var rest
            && !StartsPredicate(text, index + doer.Length + rest - 1) ? doer.Length : 0;

    /// <summary>
    /// 任 'serving as' before a ranked post (书记、县长|任双组长, 局长|任副组长): the surname's letter is the verb when 双 or 副
    /// and a post follow it, so no name starts there.
    /// </summary>
    private static bool IsServingAs(string text, int index, int first) =>
        text[index] is '任' or '兼' && first < text.Length && text[first] is '双' or '副' or '总' && TitleLexicon.TitleAt(text, first + 1) > 0;
    private static readonly WordIndex HearerNouns = HanText.Longest(
        "顾客", "客户", "消费者", "来宾", "来访者", "参观者", "观众", "读者", "听众", "记者", "大家", "众人", "同行", "孩子", "孩子们");

    /// <summary>Words that open with a surname's letter and follow a role or a title (运动员包括, 干部成为, 局长高度重视).</summary>
    private static readonly WordIndex WordsOpeningWithSurname = HanText.Longest("包括", "任何", "成为", "高度", "严格", "曾经", "关于", "连续", "向着",
        // 'then serving as' before a post (时任|乡长): a surname's letter that opens the word, no name before the post.
        "时任",
        // A career's period after a role (球员|时期的, 教练|时代), success and ways after a role (民警|成功抓获, 领导|方式),
        // and what an offender takes or does in disguise (老板|钱财, 民警|乔装): words, no names.
        "时期", "时代", "时候", "成功", "方式", "方法", "钱财", "乔装",
        // Residents after an age or a place (72岁的|居民), setting up (协同|成立), and a leader taking charge of a project
        // or a village (领导|包保, 干部|包联): words, no names.
        "居民", "居住", "居然", "成立", "包保", "包联", "包抓", "包村",
        // Hearing the news before coming (居民|闻讯赶到, 群众|闻声赶来): words, no names.
        "闻讯", "闻声",
        // Releasing, relief and explaining after a role (潜力|释放, 心结|释然): 释 opens the word, no monk's name.
        "释放", "释然", "释怀", "释疑", "释义", "释法");

    /// <summary>
    /// Surnames left out of <see cref="Surnames"/> because they open ordinary words (于是, 全面, 区域, 古代, 麦田, 丘陵), read
    /// inside a list of names.
    /// </summary>
    private static readonly CharSet WordLikeSurnames = new("于全区古麦丘");

    /// <summary>
    /// Length of a name inside a list, after 、 or 和 (孙杨、刘湘、于静瑶): there a surname that usually opens a word is one
    /// when two name letters and the end of the name follow, or one letter and 、 or 等.
    /// </summary>
    public static int NameLengthInListAt(string text, int index)
    {
        var length = NameLengthAt(text, index);
        if (length == 0 && FunctionLetterGivenNameAt(text, index))
        {
            return 3;
        }
        if (length > 0 || index >= text.Length || !WordLikeSurnames.Contains(text[index]) || !IsNameChar(text, index + 1))
        {
            return length;
        }
        if (!IsNameChar(text, index + 2))
        {
            // Two letters where the list goes on or ends (、麦某、, 、区某等).
            return index + 2 < text.Length && text[index + 2] is '、' or '等' ? 2 : 0;
        }
        return !HanText.IsHanAt(text, index + 3) || StartsPredicate(text, index + 3) ? 3 : 0;
    }

    /// <summary>
    /// Whether a three-letter name whose first given letter is a function letter stands in a list (孙某、张和平|在会场, 王某、李为民、
    /// 赵某, 、邹正华等): after 、 a surname, 和/为/正 and one more letter closed by the list's mark, its end or a predicate are a
    /// name, where elsewhere 和 would join and 为 serve as.
    /// </summary>
    private static bool FunctionLetterGivenNameAt(string text, int index)
    {
        if (index == 0 || text[index - 1] != '、' || Surnames.SurnameLengthAt(text, index) != 1 || !HanText.IsHanAt(text, index + 2)
            || !FunctionLettersEndingNames.Contains(text[index + 1]) || NonName.Contains(text[index + 2]))
        {
            return false;
        }
        var end = index + 3;
        return !HanText.IsHanAt(text, end) || text[end] is '等' || StartsPredicate(text, end);
    }

    /// <summary>Whether a word that follows names (a verb, a title) starts at <paramref name="index"/>.</summary>
    public static bool StartsPredicate(string text, int index) =>
        HanText.WordAt(text, index, Followers) is not null || TitleLexicon.TitleAt(text, index) > 0;

    /// <summary>
    /// Letters that end given names (张永和, 邹德正, 李有为, and 之 of the old writers' names, 王某之) and are also a
    /// conjunction, an adverb or a particle.
    /// </summary>
    private static readonly CharSet FunctionLettersEndingNames = new("和正为之");

    /// <summary>Words those letters open after a two-letter name (王某|正在, 李某|为了, 张某|和平, 刘某|之后).</summary>
    private static readonly WordIndex FunctionLetterWords = HanText.Longest(
        "正在", "正是", "正要", "正当", "正式", "正好", "正常", "正确", "正面", "正值", "为了", "为此", "为民", "为什么", "和平", "和谐",
        "之后", "之前", "之间", "之一", "之中", "之外", "之下", "之上", "之所以", "之际", "之余", "之类");

    /// <summary>言之 of 简言之 'in short' is no name's end: 简 is a surname, but no name is 简言之.</summary>
    private const string InShort = "言之";

    /// <summary>
    /// Whether the conjunction or adverb at <paramref name="index"/> ends a three-letter name: when the name's end
    /// follows it (张永和|说, 邹德正|、, 邹德正|和学生), where the conjunction would join nothing and the adverb qualify
    /// nothing, and it opens no word with the next letter (王某|正在).
    /// </summary>
    private static bool EndsNameWithFunctionLetter(string text, int index)
    {
        if (index >= text.Length || !FunctionLettersEndingNames.Contains(text[index]) || !HanText.IsHan(text[index - 1]) || NonName.Contains(text[index - 1])
            || HanText.WordAt(text, index, FunctionLetterWords) is not null || text.AsSpan(index - 1).StartsWith(InShort, StringComparison.Ordinal))
        {
            return false;
        }
        var next = index + 1;
        if (!HanText.IsHanAt(text, next))
        {
            return next >= text.Length || text[next] is not ('“' or '《' or '（');
        }
        return text[next] is '说' or '的' or '等' || HanText.WordAt(text, next, NameEnds) is not null
            || (text[index] != '和' && text[next] is '和' or '与' or '是');
    }

    /// <summary>Verbs of saying and stating, and of a result, that follow a subject's name (张永和|表示, 金某正|获得).</summary>
    private static readonly WordIndex NameEnds = HanText.Longest("表示", "介绍", "指出", "强调", "告诉", "认为", "坦言", "感慨", "说道", "回忆", "解释", "透露",
        "获得", "夺得", "战胜", "击败", "负于");

    /// <summary>Whether the 一 at <paramref name="index"/> ends the name (刘结一|作) rather than opening a word after it (李强|一边).</summary>
    private static bool EndsNameWithOne(string text, int index) =>
        text[index] == '一' && IsNameNumeral(text, index) && HanText.WordAt(text, index, Followers)?.Length == 1;

    private static bool IsNameChar(string text, int index) =>
        HanText.IsHanAt(text, index) && (!NonName.Contains(text[index]) || IsNameNumeral(text, index) || IsGivenQi(text, index));

    /// <summary>
    /// 其 as the first given letter of a three-letter name (周其林): right after a surname that does not make it a word
    /// (尤其, 何其) and before another name letter.
    /// </summary>
    private static bool IsGivenQi(string text, int index) =>
        text[index] == '其' && index >= 1 && Surnames.IsSurname(text[index - 1]) && text[index - 1] is not ('尤' or '何')
            && HanText.IsHanAt(text, index + 1) && !NonName.Contains(text[index + 1]);

    /// <summary>
    /// A numeral inside a given name: 万 or 千 right after the surname before a letter that counts nothing (李万岳, not
    /// 两千|元), or 一 ending a three-letter name before a letter that counts nothing (刘结一|作报告, not 一|个).
    /// </summary>
    private static bool IsNameNumeral(string text, int index) => text[index] switch
    {
        '万' or '千' => index >= 1 && Surnames.IsSurname(text[index - 1]) && HanText.IsHanAt(text, index + 1)
            && !NonName.Contains(text[index + 1]) && !Counted.Contains(text[index + 1]),
        '一' => index >= 2 && Surnames.IsSurname(text[index - 2]) && HanText.IsHan(text[index - 1]) && !NonName.Contains(text[index - 1])
            && !(index + 1 < text.Length && (Counted.Contains(text[index + 1]) || Numerals.Contains(text[index + 1]))),
        _ => false,
    };
}
