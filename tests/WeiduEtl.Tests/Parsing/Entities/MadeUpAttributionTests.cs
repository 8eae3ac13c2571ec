namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Made-up paragraphs in the styles of other papers (evening features, county news, post-match interviews, court reports,
/// finance interviews, science features, letters pages), each with the speakers of its quotations in order, "-" for none.
/// </summary>
public sealed class MadeUpAttributionTests
{
    [Theory]
    // Speaker before, with a verb of saying and a colon or a comma.
    [InlineData("傍晚六点，菜市场里人声鼎沸。摊主周桂芳一边称菜一边说：“今年的青菜便宜，大家都买得多。”", "周桂芳")]
    [InlineData("市气象台首席预报员钱建明表示，“本周后半段还有一次降温过程，市民要注意添衣。”", "钱建明")]
    [InlineData("据县农业农村局局长孙国栋介绍：“全县已建成高标准农田十二万亩。”", "孙国栋")]
    [InlineData("主教练韩立伟赛后坦言：“上半场我们的防守不够积极，丢球后心态有些急躁。”", "韩立伟")]
    [InlineData("退休教师冯淑兰告诉记者：“社区食堂开起来以后，我中午再也不用为做饭发愁了。”", "冯淑兰")]
    [InlineData("省人大代表、石桥村党支部书记黄秀英在分组审议时说：“村里的年轻人回来了，乡村才有希望。”", "黄秀英")]
    [InlineData("谈及明年的市场走势，某证券公司首席经济学家郑华明认为，“货币政策仍将保持稳健，流动性总体合理充裕。”", "郑华明")]
    [InlineData("读者刘女士来信说：“小区门口的路灯坏了半个月，一直没人修。”", "刘女士")]
    // Speaker after the quotation.
    [InlineData("“这场比赛我们准备得很充分，球员们执行得也很好。”主队主帅梁振宇说。", "梁振宇")]
    [InlineData("“判决书送达后，双方均未提出上诉。”区法院民一庭庭长邓晓燕说。", "邓晓燕")]
    [InlineData("“数字化转型不是选择题，而是必答题。”集团董事长易国平在论坛上表示。", "易国平")]
    [InlineData("“快把绳子递过来！”队长高声喊道。", "队长")]
    [InlineData("“裁判的几次判罚影响了比赛走势。”客队主教练佩雷拉在新闻发布会上说。", "佩雷拉")]
    // Speaker in the sentence before.
    [InlineData("谈到下一步打算，合作社理事长曹德胜显得信心十足。“明年我们准备再扩种两百亩，把品牌打出去。”", "曹德胜")]
    [InlineData("镇党委书记宋海涛说，镇里正在谋划建设冷链仓库。“有了冷库，果农就不用急着低价卖了。”", "宋海涛")]
    // A long title first, then surname and post, a pronoun, or the given name.
    [InlineData("县交通运输局局长李志强带着记者走上新修的公路。“这条路通了，山里的猕猴桃当天就能运到城里。”李局长说。", "李志强")]
    [InlineData("实验中学校长温国庆已在讲台上站了三十年。谈起学生，温校长说：“每个孩子都有自己的闪光点。”", "温国庆")]
    [InlineData("青年科学家唐晓雯在实验室里一待就是十几个小时。她说：“数据不会骗人，只有反复验证才能放心。”", "唐晓雯")]
    [InlineData("环卫工人杜春梅每天凌晨四点就上街清扫。“习惯了，不觉得苦。”她笑着说。", "杜春梅")]
    [InlineData("市第一人民医院急诊科主任医师彭立军刚下手术台。“今天接了三台急诊手术，”彭医生说，“这在冬天很常见。”", "彭立军|彭立军")]
    [InlineData("九十岁的老兵范长顺坐在院子里晒太阳。老人指着墙上的奖章说：“这是我一辈子的骄傲。”", "范长顺")]
    // Alternating speakers in a dialogue.
    [InlineData("“你们这批货什么时候能到？”采购经理马骏问。\n“最晚下周三。”供货商代表许文涛回答。\n“能不能再提前两天？”马骏追问。", "马骏|许文涛|马骏")]
    [InlineData("记者问：“比赛中最困难的时刻是什么？”\n中锋石磊想了想说：“第三节被对手追到只差两分的时候。”", "-|石磊")]
    [InlineData("“爷爷，您当年为什么要来这里？”孙子问。\n“因为这里需要人。”老人回答。", "孙子|老人")]
    // A quotation inside a quotation, and one split by its attribution.
    [InlineData("王建国说：“当时老师对我说‘别怕失败’，这句话我记了一辈子。”", "王建国")]
    [InlineData("“我们的目标是保级，”主帅何振东说，“但每一场都要拼尽全力。”", "何振东|何振东")]
    [InlineData("中国科学院某研究所研究员吕振华团队历时五年攻克了这一难题。“最难的是材料的稳定性，”吕振华回忆，“我们试了上百种配方。”", "吕振华|吕振华")]
    [InlineData("“这些孩子，”校长魏红梅顿了顿说，“就像我自己的孩子一样。”", "魏红梅|魏红梅")]
    // Documents and slogans: no speaker.
    [InlineData("通知要求：“各单位要在本月底前完成自查整改。”", "-")]
    [InlineData("工地围挡上写着：“安全生产，人人有责。”", "-")]
    // Groups as speakers.
    [InlineData("新的卫生院投入使用后，村民们纷纷说：“这下看病方便多了。”", "村民们")]
    [InlineData("“我们希望尽快恢复供暖。”几位业主代表说。", "几位业主代表")]
    // Court reports.
    [InlineData("法庭上，被告人赵某辩称：“我并不知道那些钱是违法所得。”", "赵某")]
    [InlineData("公诉人指出：“被告人的行为已构成诈骗罪，且数额巨大。”", "公诉人")]
    // Finance and science.
    [InlineData("“今年一季度公司营收同比增长两成，主要得益于海外订单。”公司财务总监钟丽华在接受采访时说。", "钟丽华")]
    [InlineData("研究团队负责人、复旦大学教授倪志刚解释说：“这种材料在低温下的导电性能会显著提高。”", "倪志刚")]
    [InlineData("对此，市民政局相关负责人回应称：“将尽快核实情况并依法处理。”", "市民政局相关负责人")]
    // Sports post-match.
    [InlineData("“这次失利给我们敲响了警钟。”女排队长龚雪婷在赛后说。", "龚雪婷")]
    // A second round: given names, epithets, frames of view, answers, documents.
    [InlineData("九五后快递员林小雨每天要送两百多件包裹。小雨说：“跑得多了，哪条巷子好走都记在心里。”", "林小雨")]
    [InlineData("在工程师袁海波看来，“技术创新最终要落到产品上”。", "袁海波")]
    [InlineData("用老农汤德富的话说：“地不亏人，人勤地不懒。”", "汤德富")]
    [InlineData("“这道题我换了三种方法才做出来。”说起自己的解题过程，高二学生罗俊鸣滔滔不绝。", "罗俊鸣")]
    [InlineData("面对居民的询问，街道办主任严静耐心解答：“车站预计明年六月通车。”", "严静")]
    [InlineData("《实施方案》明确：“到2025年，全市所有乡镇都要建成污水处理设施。”", "-")]
    [InlineData("“今年的收成怎么样？”\n“比去年多了三成！”种粮大户薛长林咧嘴一笑。", "-|薛长林")]
    [InlineData("一位不愿透露姓名的业内人士说：“行业洗牌才刚刚开始。”", "一位不愿透露姓名的业内人士")]
    [InlineData("“您慢点儿，台阶滑。”护工小郑一边扶着老人一边叮嘱。", "小郑")]
    [InlineData("队医邱明介绍，队长伤势不重。“休息一周就能归队，”邱明说，“不会影响下一轮。”", "邱明|邱明")]
    [InlineData("面对镜头，这名小伙子有些腼腆。他叫蒋志鹏，是村里的第一个大学生。“毕业后我想回来教书。”蒋志鹏说。", "蒋志鹏")]
    [InlineData("区法院法官谢宇航审理了此案。“双方都是邻居，我们首先考虑调解。”谢法官说。", "谢宇航")]
    [InlineData("村支书陆建军拿着一张规划图介绍：“这片荒坡明年要种上茶树。”", "陆建军")]
    [InlineData("“好！”台下的观众齐声喊道。", "台下的观众")]
    // A third round: interviews, groups online and at meetings, rules quoted, nested words.
    [InlineData("该研究第一作者、博士生童欣解释道：“细胞在缺氧时会启动另一套代谢程序。”", "童欣")]
    [InlineData("赛后，孙雨菲在混合采访区表示：“今天发球有些保守，下一场要更主动。”", "孙雨菲")]
    [InlineData("“每一分都要咬住。”谈及夺冠感受，卢思远笑着说。", "卢思远")]
    [InlineData("县委书记柏文华在调研时强调：“项目建设要倒排工期，按期完成。”", "柏文华")]
    [InlineData("与会专家一致认为：“老旧小区改造要先听居民的意见。”", "与会专家")]
    [InlineData("不少网友留言：“这样的好人应该被更多人看见。”", "不少网友")]
    [InlineData("根据《条例》第十条规定：“经营者不得拒收现金。”", "-")]
    [InlineData("他笑着说：“孩子们总问我‘老师，明天还来吗？’我说‘来’。”", "-")]
    [InlineData("“基金净值短期波动不必过度担心。”某基金公司基金经理汪立群分析称。", "汪立群")]
    [InlineData("养蜂的老党员贾春生在山里住了二十年。“蜜蜂最懂天气，”他边说边掀开蜂箱，“要下雨它们就不出门。”", "贾春生|贾春生")]
    [InlineData("社区民警贺磊接到报警后赶到现场。“当时老人情绪很激动，我们先把他扶到了屋里。”贺磊回忆道。", "贺磊")]
    [InlineData("“下周还来吗？”“来！”孩子们争着回答。", "-|孩子们")]
    [InlineData("面对记者的提问，这位老人沉默了一会儿。“那年我才十七岁。”", "-")]
    [InlineData("“这条街以前晚上黑乎乎的。”\n说这话的是在街口开了十年面馆的老板娘钱秀英。", "钱秀英")]
    public void Extract_MadeUpParagraph_EachQuotationHasItsSpeaker(string body, string speakers)
    {
        var quotes = Entities.Extract(body).Quotes;
        var expected = speakers.Split('|');
        var found = string.Join("|", quotes.Select(q => $"{q.Speaker ?? "-"} ({q.Rule})"));
        Assert.True(expected.Length == quotes.Count, found);
        for (var k = 0; k < expected.Length; k++)
        {
            Assert.True(SameSpeaker(expected[k] == "-" ? null : expected[k], quotes[k].Speaker), found);
        }
    }

    /// <summary>As the quality score reads a speaker: equal, or one holds the other (业主 and 小区业主), none with none.</summary>
    private static bool SameSpeaker(string? expected, string? found) =>
        expected is null ? found is null : found is not null && (found.Contains(expected, StringComparison.Ordinal) || expected.Contains(found, StringComparison.Ordinal));

    // Means, loudness and frames around the speaker are no part of it.
    [Theory]
    [InlineData("“这场比赛我们准备得很充分。”主队主帅梁振宇说。", "梁振宇")]
    [InlineData("市气象台首席预报员钱建明表示，“本周还有一次降温。”", "钱建明")]
    [InlineData("法庭上，被告人赵立平辩称：“我并不知道。”", "赵立平")]
    [InlineData("“最晚下周三。”采购经理马骏问。", "马骏")]
    [InlineData("街道办主任严静耐心解答：“预计明年六月。”", "严静")]
    [InlineData("读者刘女士来信说：“路灯坏了半个月。”", "读者刘女士")]
    [InlineData("“快把绳子递过来！”队长高声喊道。", "队长")]
    [InlineData("用老农汤德富的话说：“地不亏人。”", "汤德富")]
    [InlineData("在工程师袁海波看来，“技术创新最终要落到产品上”。", "袁海波")]
    public void Extract_NameAfterAKindOfPersonOrInAFrame_IsTheSpeakerNotTheWholeRun(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    [Fact]
    public void Extract_GivenNameAfterTheFullName_IsTheFullNameAndNoPersonOfItsOwn()
    {
        var found = Entities.Extract("九五后快递员林小雨每天要送两百多件包裹。小雨说：“跑得多了，哪条巷子好走都记在心里。”");
        Assert.Equal("林小雨", Assert.Single(found.Quotes).Speaker);
        Assert.DoesNotContain(found.Mentions, m => m.Name == "小雨");
    }

    [Fact]
    public void Extract_HeldActionBeforeTheVerb_IsNoSpeakerItsSubjectIs() =>
        Assert.Equal("陆建军", Entities.OnlyQuote("村支书陆建军指着墙上的地图说：“这里要修一座桥。”").Speaker);
}
