namespace WeiduEtl.Parsing.Entities;

/// <summary>Verbs of saying that attribute a quotation (说, 表示, 介绍说, 说道…), and the adverbs between speaker and verb.</summary>
internal static class SpeechVerbs
{
    /// <summary>
    /// Verbs of calling out that print the words right after them (有人喊“开饭了”, 他问道“几点了”): what follows is said
    /// however short, and the one who calls says it. Not 说 or 叫, which as often quote a word (说“不”, 叫“某某”).
    /// </summary>
    internal static readonly string[] CallingWords = ["喊", "喊道", "大喊", "高喊", "喊着", "嚷", "嚷道", "嚷着", "吆喝", "问道", "叫道", "叫喊"];

    private static readonly string[] SayingWords = [
        "说", "说道", "讲", "讲道", "表示", "介绍", "介绍说", "指出", "强调", "坦言", "感言", "感慨", "感慨道", "感叹", "告诉记者", "告诉本报记者", "对本报记者说",
        "对记者说", "笑着说", "笑着告诉记者", "回忆说", "回忆道", "补充说", "补充道", "解释说", "透露", "称", "直言", "嘱咐",
        "叮嘱", "提醒", "说起", "谈到", "谈起", "问", "问道", "答道", "回答", "喊道", "表态", "呼吁", "认为", "写道", "动情地说",
        "激动地说", "高兴地说", "自豪地说", "深有感触地说", "这样说", "告诉", "信心满满地说", "称赞", "夸赞", "赞不绝口", "感叹道",
        "打比方", "打了个比方", "赞叹", "插话说", "解答", "诉说道", "回复道", "回应道",
        // A report's verb and 称 (回复称, 通报称): the body or person before the pair speaks, not the pair's first verb.
        "回复称", "回应称", "答复称", "通报称", "介绍称", "分析称", "透露称", "表示称", "声称", "宣称",
        // A court's parties (被告人某某辩称, 原告诉称).
        "辩称", "辩解说", "辩解称", "诉称", "供称", "陈述说",
        // Only verbs that end where speech starts: 分析, 提到, 觉得 take an object as often.
        "笑言", "坦承", "直呼", "介绍道", "分析说", "总结道", "打趣道", "连声说", "谈道", "回答道", "追问", "反问", "开玩笑说", "感叹说",
        // The ends of frames around a speaker's name (正如X所说, 用X的话说, 在X看来).
        "所说", "所言", "的话说", "看来"];

    private static readonly WordIndex Verbs = HanText.Longest([.. SayingWords, .. CallingWords]);

    /// <summary>Verbs that take an object as often as speech, and so are of saying only with a comma or colon before the quotation (X觉得，“…”).</summary>
    private static readonly WordIndex BeforePunctuation = HanText.Longest("觉得", "分析", "提到", "谈及", "建议", "感到", "心想", "想", "寻思", "念叨", "坦陈", "发言", "诉说",
        // The ends of frames of someone's view, as 在X看来 (在X眼中，“…”; 在X心里，“…”).
        "眼中", "眼里", "心中", "心里", "心目中");

    private static readonly WordIndex Adverbs = HanText.Longest(
        "还不忘", "不忘", "还", "也", "都", "又", "便", "就", "则", "再次", "一再", "反复", "这样", "如此", "笑着", "动情地", "激动地",
        "高兴地", "自豪地", "兴奋地", "感慨地", "深有感触地", "信心满满地", "坚定地", "认真地", "一边", "连连", "不住地", "总是", "常常", "经常", "曾", "明确", "同时", "多次", "进一步", "特别", "却", "纷纷", "不禁", "忍不住", "不由得", "不由", "连声", "笑呵呵地", "乐呵呵地", "笑眯眯地",
        // Where and how widely the speaker says it (被告人某某|当庭|表示, 专家们|普遍|认为).
        "当庭", "当面", "普遍",
        // How loud, and by what means, without 地 (队长|高声|喊道, 读者某某|来信|说).
        "高声", "大声", "轻声", "低声", "小声", "厉声", "悄声", "来信", "来电",
        // A pause or care before the answer (某某|想了想|说, 某主任|耐心|解答).
        "想了想", "顿了顿", "愣了愣", "想了一下", "耐心", "耐心地", "详细", "仔细",
        // How readily a request is answered (某某|爽快|答应, 某某|一口|答应).
        "爽快", "爽快地", "一口",
        // Saying while doing (他|边|说边掀开蜂箱).
        "边");

    /// <summary>The verb of saying that ends at <paramref name="end"/>, or null.</summary>
    public static string? EndingAt(string text, int end) => HanText.WordEndingAt(text, end, Verbs);

    /// <summary>
    /// Verbs that take an object as often, of saying when they end the clause after a quotation (“…”王某回忆。; “…”店主笑称，…),
    /// unless 的 before one makes it a noun (他的回忆, 群众的评价). Before a quotation's colon they are not read: there
    /// a report of what was answered or announced (某企业直接回复，“…”) names its subject less surely.
    /// </summary>
    private static readonly WordIndex ClauseFinal = HanText.Longest(
        "回忆", "解释", "补充", "回应", "答", "回复", "评价", "总结", "概括", "承认", "证实", "宣布", "形容", "描述", "描绘", "讲述",
        "笑称", "坦诚", "留言", "点评", "评论", "寄语", "勉励", "告诫", "嘱托", "叹息", "比喻", "调侃", "自嘲", "抱怨", "嘀咕", "惊呼", "答应");

    /// <summary>A verb of saying only before punctuation (觉得, 分析) that ends at <paramref name="end"/>, or null.</summary>
    public static string? BeforePunctuationEndingAt(string text, int end) => HanText.WordEndingAt(text, end, BeforePunctuation);

    /// <summary>A verb of saying when it ends its clause (回忆, 解释, 笑称) that ends at <paramref name="end"/>, or null.</summary>
    public static string? ClauseFinalEndingAt(string text, int end) =>
        HanText.WordEndingAt(text, end, ClauseFinal) is { } verb && (end - verb.Length < 1 || text[end - verb.Length - 1] != '的') ? verb : null;

    /// <summary>The verb of saying right after <paramref name="index"/>, past adverbs (刘俊海|还|谈到), or null.</summary>
    public static string? After(string text, int index)
    {
        while (HanText.WordAt(text, index, Adverbs) is { } adverb)
        {
            index += adverb.Length;
        }
        var verb = HanText.WordAt(text, index, Verbs);
        // 说明 and 说服 are not saying something.
        return verb == "说" && index + 1 < text.Length && text[index + 1] is '明' or '服' ? null : verb;
    }

    /// <summary>
    /// Where the speaker ends: before the adverbs that stand between speaker and verb (商户们|高兴地|说道), and before
    /// the one spoken to (工作人员|对她|说, 老乡|还跟我|说), who is no speaker.
    /// </summary>
    public static int SpeakerEnd(string text, int start, int verbStart)
    {
        var end = BeforeAdverbs(text, start, verbStart);
        if (AddresseeEndingAt(text, end) is { } addressee && end - addressee.Length - 1 > start && ToWhom.Contains(text[end - addressee.Length - 1]))
        {
            end = BeforeAdverbs(text, start, end - addressee.Length - 1);
        }
        return end;
    }

    private const int MaxHearerPhrase = 6;
    /// <summary>Prepositions of the one spoken to that open a phrase of any hearer (向顾客推介时|说, 对身边的同事|说, 跟来访者|介绍).</summary>
    private static readonly CharSet TowardHearer = new("对向跟");
    /// <summary>Letters before 对, 向 or 跟 that make a word of them (面对, 针对, 相对, 一向, 方向, 走向, 紧跟): no preposition.</summary>
    private static readonly CharSet WordLeads = new("面针绝相反应核比校一方走转导朝倾偏志意动去流指紧尾");
    /// <summary>Letters after 对, 向 or 跟 that make a word of them (对于, 向来, 跟随, 对待): no hearer follows.</summary>
    private static readonly CharSet WordTails = new("于来随待象比照应称立抗付接");

    /// <summary>
    /// Where a phrase of the one spoken to opens, between the speaker and the verb (一家银行的销售人员|向顾客推介时|说, 店员|对身边的同事|说):
    /// 对, 向 or 跟 with at most six letters after it and two before, not part of a word, nor a name that opens with the
    /// letter (村民向阳|说). The speaker ends there, past the adverbs before it; null when no such phrase is.
    /// </summary>
    public static int? HearerPhraseEnd(string text, int start, int end)
    {
        for (var at = end - 2; at >= Math.Max(start + 2, end - MaxHearerPhrase - 1); at--)
        {
            var c = text[at];
            if (!HanText.IsHan(c))
            {
                return null;
            }
            if (TowardHearer.Contains(c) && !WordLeads.Contains(text[at - 1]) && !WordTails.Contains(text[at + 1]) && HanText.IsHan(text[at - 1])
                && PersonNameReader.NameLengthAt(text, at) != end - at)
            {
                return BeforeAdverbs(text, start, at);
            }
        }
        return null;
    }

    /// <summary>
    /// A verb and 道 before the quotation's comma or colon (司机宽慰道，“…”; 老支书笑道：“…”): 道 after a verb is saying,
    /// whatever the verb; the verb is a known one (宽慰) or the one letter before 道. Not 知道, 味道, 一道.
    /// </summary>
    public static string? WithDaoEndingAt(string text, int end)
    {
        if (end < 3 || text[end - 1] != '道' || !HanText.IsHan(text[end - 2]) || NotBeforeDao.Contains(text[end - 2]))
        {
            return null;
        }
        var stem = HanText.WordEndingAt(text, end - 1, HearerVerbs) ?? HanText.WordEndingAt(text, end - 1, BeforePunctuation) ?? text[(end - 2)..(end - 1)];
        return text.Substring(end - 1 - stem.Length, stem.Length + 1);
    }

    private static readonly CharSet NotBeforeDao = new("知味一两这那街轨频渠赛车跑隧通管水坡");

    /// <summary>
    /// A verb of saying followed by the one spoken to, ending at <paramref name="end"/> (提醒他们, 告诉我, 问老乡, 叮嘱队员们):
    /// the verb and where it ends, or null. A hearer named by a noun (老乡) follows only a verb that takes one (问, 提醒).
    /// </summary>
    public static (string Verb, int End)? ToHearerEndingAt(string text, int end)
    {
        if (AddresseeEndingAt(text, end) is { } addressee && EndingAt(text, end - addressee.Length) is { } verb)
        {
            return (verb, end - addressee.Length);
        }
        for (var hearer = 1; hearer <= MaxHearer && end - hearer > 0 && HanText.IsHan(text[end - hearer]) && !NotInHearer.Contains(text[end - hearer]); hearer++)
        {
            if (HanText.WordEndingAt(text, end - hearer, HearerVerbs) is { } told)
            {
                return (told, end - hearer);
            }
        }
        return null;
    }

    private const int MaxHearer = 4;
    /// <summary>问一句 and 提醒这件事 name what is said, not who hears it.</summary>
    private static readonly CharSet NotInHearer = new("的一这那此道");
    private static readonly WordIndex HearerVerbs = HanText.Longest("问", "告诉", "提醒", "叮嘱", "嘱咐", "追问", "反问", "劝", "安慰", "宽慰", "鼓励", "请教", "询问");

    /// <summary>The one spoken to that ends at <paramref name="end"/> (他们, 我, 记者, 大家), or null.</summary>
    public static string? AddresseeEndingAt(string text, int end) => HanText.WordEndingAt(text, end, Addressees);

    private static int BeforeAdverbs(string text, int start, int end)
    {
        while (end > start && HanText.WordEndingAt(text, end, Adverbs) is { } adverb)
        {
            end -= adverb.Length;
        }
        return end;
    }

    private static readonly WordIndex Addressees = HanText.Longest(
        "他", "她", "我", "你", "您", "他们", "她们", "我们", "你们", "大家", "记者", "本报记者", "笔者", "村民们", "居民们", "群众");

    private static readonly CharSet ToWhom = new("对向跟给和同与");
}
