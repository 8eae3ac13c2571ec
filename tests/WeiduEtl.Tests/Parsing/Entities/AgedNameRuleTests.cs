namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A full name opening a clause with this year's age after it (刘德明今年58岁) is a person at its first mention, where
/// the subject-name rule otherwise waits for the name to recur. Made-up lines in a county newsletter's and an evening
/// paper's style, with two-letter subjects that firms and things share (高铁今年10岁), which stay out.
/// </summary>
public sealed class AgedNameRuleTests
{
    [Theory]
    [InlineData("刘德明今年58岁，在村里开了一家超市。", "刘德明")]
    [InlineData("清晨五点，张海燕今年九岁，已经学会了给奶奶做早饭。", "张海燕")]
    [InlineData("退休教师赵文举今年七十六岁，每天都到社区图书室值班。", "赵文举")]
    public void Extract_FullNameWithThisYearsAge_IsAPerson(string body, string name)
    {
        Assert.Contains(Entities.People(body), m => m.Name == name);
    }

    [Theory]
    [InlineData("高铁今年10岁，带动了沿线城市的发展。")]
    [InlineData("万达今年30岁，在广场举办了庆典。")]
    [InlineData("刘德明今年58万元的订单已经完成。")]
    public void Extract_TwoLetterSubjectOrNoAge_IsNoPerson(string body)
    {
        Assert.Empty(Entities.People(body));
    }
}
