namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A surname and two letters right after an age (家住某小区71岁的某某某赞不绝口): only people are described by their age, so
/// the three letters are a name whatever follows; a kin word, an honorific or a word of the dictionary after the age is none.
/// Made-up sentences in a community paper's, a county paper's and an evening paper's style.
/// </summary>
public sealed class AgedFullNameRuleTests
{
    [Theory]
    [InlineData("提起新修的路，家住村东头72岁的郑桂芳赞不绝口。", "郑桂芳")]
    [InlineData("这一天，今年85岁的冯玉堂乐得合不拢嘴。", "冯玉堂")]
    [InlineData("说起这些变化，七十多岁的何秀珍逢人便夸。", "何秀珍")]
    public void Extract_FullNameRightAfterAnAge_IsAPersonWhateverFollows(string body, string name) =>
        Assert.Equal([name], Entities.People(body).Select(p => p.Name));

    [Theory]
    [InlineData("8岁的孙子和爷爷一起下棋。")]
    [InlineData("30岁的王老师很受学生欢迎。")]
    [InlineData("他在60岁的时候才学会上网。")]
    public void Extract_KinHonorificOrWordAfterAnAge_IsNoPerson(string body) =>
        Assert.Empty(Entities.People(body));

    [Theory]
    // A child's pet name doubles one letter (安安, 乐乐); its first may be a surname's, but it is no surname and name, so
    // the letter after it (告, 很, 说) is never read into a full name.
    [InlineData("7岁的安安告诉记者，他最喜欢画画。", "安安")]
    [InlineData("活动现场，5岁的乐乐很开心。", "乐乐")]
    [InlineData("6岁的童童说，她最喜欢小兔子。", "童童")]
    public void Extract_DoubledPetNameAfterAnAge_IsNoFullName(string body, string petName) =>
        Assert.All(Entities.People(body), p => Assert.Equal(petName, p.Name));
}
