// The article's own words as the seed stores them in its source's text: the claims in
// riyadh-2025.ts quote from it, and analysts quote further claims from it in the source's editor.
export const ARTICLE_TEXT = [
  'The United States is holding separate talks with Russia and Ukraine in Saudi Arabia to iron out details of a possible limited ceasefire in what could be a crucial step toward a full cessation of hostilities in the war.',
  'Russia and Ukraine both agreed this past week to halt strikes on energy infrastructure temporarily, but how and when to implement that partial truce are questions that have yet to be decided as attacks persist.',
  'The talks – held in Riyadh, the Saudi capital, with U.S. representatives mediating – are expected to focus on hammering out those details and on safety for shipping in the Black Sea.',
  'Ukraine was the first to hold talks with the United States, on Sunday. It will be followed by Russia on Monday.',
  'Rustem Umerov, the Ukrainian defense minister leading his country’s delegation, said the talks Sunday had begun around 5:30 p.m. Kyiv, Ukraine, time and ended some five hours later. “The discussion was productive and focused – we addressed key points including energy,” he wrote on social media, without offering details.',
  'A Ukrainian official, speaking on condition of anonymity to discuss a sensitive matter, said the Ukrainian delegation might hold additional discussions with U.S. officials Monday, depending on progress.',
  'Steve Witkoff, whom President Donald Trump has tapped to be his personal envoy to Russian President Vladimir Putin, has said that the ultimate goal of the talks is a 30-day full ceasefire that would allow time for negotiations on a permanent truce.',
  'But the path toward such a truce has been shaky. Moscow continues to insist on maximalist positions, including about asserting territorial control and ensuring Ukraine never joins NATO. The Ukrainian government has repeatedly said that it will not concede to the Kremlin’s demands and accused Putin of stalling for time.',
  'Unlike previous ceasefire discussions, which involved top government officials from all sides, this new round will focus on technical matters and will mostly involve diplomats and government advisers. Keith Kellogg, the U.S. special envoy to Ukraine, said that the U.S. delegation included some of his own staff, along with Michael Anton, policy planning director at the State Department; and aides to the national security adviser, Michael Waltz.',
].join('\n\n');
