namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Round 31's grammar of people and speakers, on made-up lines in the styles of evening papers, county newsletters and
/// city dailies: an age before a descriptor (95岁老人某某某家中), a full name with an elder's kin word (某某某奶奶), a
/// subject adverb after a post's name (主任某某|很是…), epithets in a list with a surname that opens words (“…”于某某、),
/// dotted words inside a work's title marks, 据 before a bare unit's post, a few counted by 几 with a quality, a
/// quotation opening a report after the dateline, and a movement before a verb of saying (走上前|询问).
/// </summary>
public sealed class AgedElderAndDatelineRuleTests
{
    [Theory]
    [InlineData("重阳节当天，街道工作人员来到95岁老人郑秀梅家中送上蛋糕。", "郑秀梅")]
    [InlineData("“日子越过越甜。”82岁的村民卢长根坐在院里说。", "卢长根")]
    [InlineData("在南湖镇，70多岁的独居老人郭兰芝家里装上了烟感报警器。", "郭兰芝")]
    public void Extract_NameAfterAgeAndDescriptor_IsAPerson(string body, string name)
    {
        Assert.Contains(Entities.People(body), m => m.Name == name);
    }

    [Theory]
    [InlineData("90岁老人常年坚持晨练，身体硬朗。")]
    [InlineData("80岁老人高兴地拍起手来。")]
    public void Extract_WordsAfterAgeAndDescriptor_AreNoPerson(string body)
    {
        Assert.Empty(Entities.People(body));
    }

    [Theory]
    [InlineData("在巷子深处，许桂芬奶奶的剪纸摆满了半面墙。", "许桂芬")]
    [InlineData("每天清早，戴国强大爷都要绕着公园走上三圈。", "戴国强")]
    public void Extract_FullNameBeforeElderKinWord_IsAPerson(string body, string name)
    {
        var person = Assert.Single(Entities.People(body));
        Assert.Equal(name, person.Name);
    }

    [Theory]
    [InlineData("许奶奶的剪纸摆满了半面墙。")]
    [InlineData("志愿者关爱老人，陪他们聊天。")]
    public void Extract_AddressOrVerbBeforeElderWord_IsNoPerson(string body)
    {
        Assert.Empty(Entities.People(body));
    }

    [Theory]
    [InlineData("县图书馆馆长范静很是感慨，连说了几声好。", "范静")]
    [InlineData("镇卫生院院长黄磊颇为自豪地介绍起新设备。", "黄磊")]
    public void Extract_TwoLetterNameAfterPostBeforeAdverb_IsAPerson(string body, string name)
    {
        Assert.Contains(Entities.People(body), m => m.Name == name && m.Title is not null);
    }

    [Fact]
    public void Extract_EpithetListWithWordLikeSurname_ReadsEachName()
    {
        var people = Entities.People("“拥军大姐”于秀珍、“护河卫士”冯德海等先进人物受到表彰。");
        Assert.Contains(people, m => m.Name == "于秀珍");
        Assert.Contains(people, m => m.Name == "冯德海");
    }

    [Fact]
    public void Extract_DottedWordsInsideWorkTitle_AreNoPerson()
    {
        Assert.Empty(Entities.People("晚会在合唱《沁园春·故乡情》中落下帷幕。"));
    }

    [Fact]
    public void Extract_PostOfBareUnitAfterAccordingTo_TakesTheUnitNamedBefore()
    {
        var person = Assert.Single(Entities.People("记者来到西关街道桃源社区。据社区主任蒋丽华介绍，今年已加装电梯12部。"), m => m.Name == "蒋丽华");
        Assert.Equal("桃源社区", person.Organisation);
    }

    [Fact]
    public void Attribute_MovementBeforeVerbOfSaying_IsNoSpeaker()
    {
        var (speaker, _) = Entities.OnlyQuote("她看出孩子走丢了，走上前询问。“你家大人呢？”一名路过的女子也停下了脚步。");
        Assert.NotEqual("走上前", speaker);
        Assert.NotEqual("走上前询", speaker);
    }

    [Fact]
    public void Extract_AgedNameBeforeHeldAction_IsAPerson()
    {
        Assert.Contains(Entities.People("66岁的村民邓福生比画着讲起了修路的经过。"), m => m.Name == "邓福生");
    }

    [Fact]
    public void Extract_HearingTheNewsAfterDescriptor_IsNoPerson()
    {
        Assert.Empty(Entities.People("不到十分钟，40多名村民闻讯赶来帮忙。"));
    }

    /// <summary>
    /// A few counted with a quality after the quotation (几位眼尖的小队员), a quotation opening a report after its dateline,
    /// a person moved to a feeling before the comma (…让某某很是惊讶，“…”), a kind after a description by age.
    /// </summary>
    [Theory]
    [InlineData("队员们拿起扫帚。“快看，这里还有一堆落叶！”几位眼尖的小队员发现后，立即跑了过去。", "几位眼尖的小队员")]
    [InlineData("本报讯 “这条路总算修好了。”5月6日，家住河西新村的60多岁的谢永年老人高兴地说，以前一下雨就出不了门。", "谢永年")]
    [InlineData("满墙的奖状让前来走访的镇文化站站长宋明很是惊讶，“这些都是您一个人拿的？”", "宋明")]
    [InlineData("志愿者陪着聊了一下午。“有人记挂着，心里就暖和。”90多岁行动不便的老人握着大家的手舍不得松开。", "老人")]
    public void Attribute_SpeakerByTheGrammarAround_IsFound(string body, string speaker)
    {
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);
    }
}
