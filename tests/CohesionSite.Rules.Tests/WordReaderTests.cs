using CohesionSite.Rules.Facts;

namespace CohesionSite.Rules.Tests;

/// <summary>The one word reader titles and repeats share: what is a word, what is spelling, what is a break.</summary>
public sealed class WordReaderTests
{
    [Theory]
    [InlineData("Inter-faith Forum", "interfaith|forum")]
    [InlineData("Stronger, safer – together", "stronger|safer|together")]
    [InlineData("R&D and A & B", "r|and|d|and|a|and|b")]
    [InlineData("  \u201cQuoted\u201d   text. ", "quoted|text")]
    [InlineData("co\u00adoperate 2008/09", "cooperate|2008|09")]
    [InlineData("Caf\u00e9 \u00dcNION-hall", "caf\u00e9|\u00fcnionhall")]
    [InlineData("", "")]
    [InlineData(" - & - ", "and")]
    public void MoveNext_Typesetting_ReadsTheWords(string text, string expected)
    {
        var words = new List<string>();
        var reader = new WordReader(text, new char[2]);
        while (reader.MoveNext())
        {
            words.Add(reader.Current.ToString());
        }

        Assert.Equal(expected, string.Join('|', words));
        Assert.Equal(expected.Replace('|', ' '), TitleText.Normalise(text));
    }

    [Fact]
    public void MoveNext_WordLongerThanTheBuffer_GrowsIt()
    {
        var reader = new WordReader("Abcdefghijklmnopqrstuvwxyz x", new char[4]);

        Assert.True(reader.MoveNext());
        Assert.Equal("abcdefghijklmnopqrstuvwxyz", reader.Current.ToString());
        Assert.True(reader.Buffer.Length >= 26);
        Assert.True(reader.MoveNext());
        Assert.Equal("x", reader.Current.ToString());
        Assert.False(reader.MoveNext());
    }
}
