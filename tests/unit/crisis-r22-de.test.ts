import { describe, expect, it } from 'vitest';
import { assessCrisisByRules, type RiskLevel } from '../../src/chat/crisis';

/**
 * The German families added in the r22 session (src/chat/crisis-lexicon-fr-de.ts DE_R22 block,
 * crisis-lexicon-core.ts German grammar, crisis-foreign.ts frames), each next to a benign twin that
 * shares its words. Written for these tests, not taken from the crisis table; the rules alone are
 * checked. A pair is [risk message, its level, benign twin, the twin's level].
 */
const PAIRS: ReadonlyArray<readonly [string, RiskLevel, string, RiskLevel]> = [
  // Jumping: drive first, verb last, verb second after a time.
  ['ich hab vor, nächste woche vom hochhaus zu springen', 'CRISIS', 'ich hab vor, nächste woche vom zehner ins becken zu springen', 'NONE'],
  ['Ich weiß nicht, ob ich sagen soll, dass ich morgen von der Brücke springen werde.', 'CRISIS', 'Ich weiß nicht, ob ich sagen soll, dass ich morgen zur Brücke fahren werde.', 'NONE'],
  ['wenn ich durchfalle, springe ich heute nacht vom dach', 'CRISIS', 'wenn ich durchfalle, gehe ich heute nacht aufs dach zum sterne gucken', 'NONE'],
  ['steh auf der bruecke und will springn', 'CRISIS', 'steh auf der bruecke und warte auf den bus', 'NONE'],
  // Overdose taken.
  ['hab grad 30 schlaftabletten geschluckt', 'CRISIS', 'hab grad 1 schlaftablette geschluckt, gute nacht', 'NONE'],
  ['ich hab die ganze packung paracetamol genommen', 'CRISIS', 'ich hab die ganze packung kekse gegessen', 'NONE'],
  ['hab meine medis für drei wochen auf einmal reingeworfen', 'CRISIS', 'hab meine medis für drei wochen in der apotheke abgeholt', 'NONE'],
  // Lethal amount or height.
  ['welche dosis insulin wäre tödlich?', 'CRISIS', 'welche dosis insulin brauche ich zum abendessen?', 'NONE'],
  ['wie hoch muss eine brücke sein, damit man den sprung nicht überlebt', 'CRISIS', 'wie hoch muss eine brücke sein, damit ein lkw drunter durchpasst', 'NONE'],
  // Hanging: rigged, practised, judged quickest.
  ['der strick hängt schon am balken im keller', 'CRISIS', 'die lichterkette hängt schon am balken im keller', 'NONE'],
  ['hab gestern mit dem gürtel geübt', 'CRISIS', 'hab gestern mit dem fahrrad geübt', 'NONE'],
  // A time said as the end; a fixed date.
  ['heute nacht ist es vorbei.', 'CRISIS', 'heute nacht ist es vorbei mit dem regen, sagt der wetterbericht', 'NONE'],
  ['heute abend ist alles vorbei, dann habt ihr ruhe vor mir', 'CRISIS', 'heute abend ist alles vorbei, dann sind die prüfungen durch', 'NONE'],
  // Decided, in chat and dialect spelling.
  ['habe mich entschlossen zu sterbn', 'CRISIS', 'habe mich entschlossen zu studieren', 'NONE'],
  ['am samstag mach ich schluss mit meinem leben', 'CRISIS', 'am samstag mach ich schluss mit meinem freund', 'NONE'],
  ['ich will mich nächste woche erschiessen', 'CRISIS', 'ich will nächste woche schiessen lernen im verein', 'NONE'],
  // Farewell for ever.
  ['danke für alles. machts gut für immer', 'CRISIS', 'danke für alles. machts gut, bis morgen', 'NONE'],
  // Self-harm with a tool on the body.
  ['hab mir wieder mit der klinge den oberschenkel aufgeritzt', 'CRISIS', 'hab mir beim kochen die hand am topf verbrannt', 'NONE'],
  ['ich hab mir mit der zigarette den arm verbrannt', 'CRISIS', 'ich hab mit der zigarette ein loch in den pulli gebrannt', 'NONE'],
  // Harm to others; an infant at risk.
  ['wenn der nochmal frech wird stech ich ihn ab', 'CRISIS', 'wenn der teig fertig ist stech ich die plätzchen aus', 'NONE'],
  ['ich hab angst, dass ich meinem kind was antue', 'CRISIS', 'ich hab angst, dass jemand meinem kind was antut in der kita', 'NONE'],
  // Abuse: locked in, beaten with injury.
  ['mein vater sperrt mich jeden abend im zimmer ein', 'CRISIS', 'mein vater sperrt jeden abend die garage ab', 'NONE'],
  ['mein freund hat gestern wieder zugeschlagen, meine nase blutet', 'CRISIS', 'mein freund hat beim ausverkauf wieder zugeschlagen, drei paar schuhe', 'NONE'],
  // Burden, death thoughts, hopelessness (CONCERN).
  ['wenn ich tot wär hätten alle endlich ruhe', 'CONCERN', 'wenn ich weg bin, habt ihr die wohnung für euch', 'NONE'],
  ['ich frag mich oft wie es wäre, tot zu sein', 'CONCERN', 'ich frag mich oft wie es wäre, reich zu sein', 'NONE'],
  ['auf der autobahn denk ich dran, in den gegenverkehr zu fahren', 'CONCERN', 'auf der autobahn denk ich dran, in den urlaub zu fahren', 'NONE'],
  ['meine zukunft ist ein schwarzes loch', 'CONCERN', 'meine zukunft ist ein großes fragezeichen, aber spannend', 'NONE'],
  ['die einsamkeit ist so schlimm, dass ich sie nicht mehr ertrage', 'CONCERN', 'die hitze ist so schlimm, dass ich sie nicht mehr ertrage', 'NONE'],
  // Means prepared: charcoal and a sealed room; stones in the pockets.
  ['hab holzkohle gekauft und klebe heute das bad ab', 'CRISIS', 'hab holzkohle gekauft und grille heute im garten', 'NONE'],
  // nimmer, means counted at hand, a will and things given away, trapped.
  ['ich mag echt nimmer leben', 'CRISIS', 'ich mag echt nimmer spinat', 'NONE'],
  ['hab alle meine schlaftabletten vor mir liegen', 'CRISIS', 'hab meine schlaftabletten in der apotheke liegen lassen', 'NONE'],
  ['testament geschrieben, und alles verschenkt', 'CRISIS', 'testament geschrieben, wie der notar gesagt hat', 'NONE'],
  ['ich sitz in der falle und komm da nie mehr raus', 'CONCERN', 'die maus sitzt in der falle im keller', 'NONE'],
  // The train and the tracks; tonight it ends; cut open; pills counted; a burden to all.
  ['morgen werfe ich mich vor den zug', 'CRISIS', 'morgen werfe ich mich in den zug nach berlin', 'NONE'],
  ['ich geh gleich auf die gleise', 'CRISIS', 'ich geh gleich zum gleis 4', 'NONE'],
  ['ich mach heute nacht schluss.', 'CRISIS', 'ich mach heute nacht durch.', 'NONE'],
  ['hab mir gestern die unterarme aufgeschnitten', 'CRISIS', 'hab mir gestern die jeans aufgeschnitten', 'NONE'],
  ['die tabletten hab ich gezählt, das reicht', 'CRISIS', 'die tabletten hab ich gezählt, fehlt eine', 'NONE'],
  ['ich bin nur noch eine belastung für alle', 'CONCERN', 'der umzug ist eine belastung für alle', 'NONE'],
  ['ich will mich aufhaengen', 'CRISIS', 'ich will das bild aufhaengen', 'NONE'],
  // Frames: negation, a past long ago, a course of study.
  ['ich ritze mich wieder jeden abend', 'CRISIS', 'ich ritze mich nie selbst, die kratzer sind von der katze', 'NONE'],
  ['früher hab ich mich geritzt, aber heute nacht wieder', 'CRISIS', 'früher hab ich mich geritzt, ist aber jetzt 6 jahre her', 'NONE'],
  ['seit dem Psychologiestudium habe ich Suizidgedanken', 'CRISIS', 'Für mein Psychologiestudium: was sind Suizidgedanken genau?', 'NONE'],
];

describe('r22 German families and their benign twins (rules alone)', () => {
  for (const [risk, level, twin, twinLevel] of PAIRS) {
    it(`${risk}  ↔  ${twin}`, () => {
      expect(assessCrisisByRules(risk).level).toBe(level);
      expect(assessCrisisByRules(twin).level).toBe(twinLevel);
    });
  }

  for (const report of [
    'mein kumpel hat gedroht, sich was anzutun',
    'meine schwester schreibt, dass sie gerade auf einer brücke steht',
    'mein sohn hat frische schnittwunden an den unterarmen',
    'meine cousine hat so nen abschiedspost auf insta gestellt',
    'mein bruder hat einen abschiedsbrief auf dem tisch liegen lassen',
  ]) {
    it(`a third-person report is CONCERN for someone else: ${report}`, () => {
      const verdict = assessCrisisByRules(report);
      expect(verdict.level).toBe('CONCERN');
      expect(verdict.concernForOthers).toBe(true);
    });
  }
});
