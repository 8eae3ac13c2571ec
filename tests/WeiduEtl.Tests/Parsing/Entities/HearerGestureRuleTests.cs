namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A gesture toward the one spoken to between the speaker and the verb (握着某某的手说), on made-up lines in the styles of
/// a county newsletter, an evening paper and a national daily; and gestures with no one held, which change nothing.
/// </summary>
public sealed class HearerGestureRuleTests
{
    [Theory]
    [InlineData("镇党委书记周明远握着村民刘桂香的手说：“有困难就找村里。”", "周明远")]
    [InlineData("县长赵立群冒雪来到山村看望群众，握着老党员钱永福的手说：“您要保重身体。”", "赵立群")]
    [InlineData("社区主任王秀兰拍了拍志愿者孙小军的肩膀说：“辛苦了，小伙子。”", "王秀兰")]
    [InlineData("老支书郑德厚紧紧拉着驻村干部何志强的双手说：“你们是咱村的亲人。”", "郑德厚")]
    public void Attribute_GestureTowardAHearer_TheOneBeforeItSpeaks(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    [Theory]
    [InlineData("退休教师冯志远握着话筒说：“我还想再讲十年课。”", "冯志远")]
    [InlineData("村医李春梅拉着药箱对记者说：“山路再远也得走。”", "李春梅")]
    public void Attribute_GestureWithNoOneHeld_ChangesNothing(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);
}
