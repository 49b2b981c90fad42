package org.ortaq.demo;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.ortaq.organization.MembershipStatus;
import org.ortaq.organization.NewOrganization;
import org.ortaq.organization.OrganizationText;
import org.ortaq.text.Language;

/** Four invented organizations, in Azerbaijan, Türkiye, Germany and the USA, marked as samples. */
final class SampleOrganizations {
  private static final String NOTE_AZ = "Nümunə təşkilat: nümayiş üçündür, real təşkilat deyil.";
  private static final String NOTE_TR = "Örnek kuruluş: tanıtım içindir, gerçek bir kuruluş değildir.";
  private static final String NOTE_EN = "Sample organization for the demo; not a real organization.";
  private static final String NOTE_RU = "Образец организации для демонстрации; не настоящая организация.";

  private SampleOrganizations() {}

  static List<NewOrganization> all() {
    return List.of(
        organization("sample-baku-diaspora-center", "AZ", "Bakı", "Asia/Baku",
            MembershipStatus.MEMBER,
            "Bakı Diaspor Mərkəzi (nümunə)", "Bakü Diaspora Merkezi (örnek)",
            "Baku Diaspora Center (sample)", "Бакинский диаспорный центр (образец)"),
        organization("sample-istanbul-azerbaijani-association", "TR", "İstanbul",
            "Europe/Istanbul", MembershipStatus.MEMBER,
            "İstanbul Azərbaycanlılar Dərnəyi (nümunə)", "İstanbul Azerbaycanlılar Derneği (örnek)",
            "Istanbul Azerbaijani Association (sample)",
            "Стамбульская ассоциация азербайджанцев (образец)"),
        organization("sample-berlin-turkic-union", "DE", "Berlin", "Europe/Berlin",
            MembershipStatus.MEMBER,
            "Berlin Türk-Azərbaycan Birliyi (nümunə)", "Berlin Türk-Azerbaycan Birliği (örnek)",
            "Berlin Turkish-Azerbaijani Union (sample)",
            "Берлинский турецко-азербайджанский союз (образец)"),
        organization("sample-houston-diaspora-council", "US", "Houston", "America/Chicago",
            MembershipStatus.PARTNER,
            "Hyuston Diaspor Şurası (nümunə)", "Houston Diaspora Konseyi (örnek)",
            "Houston Diaspora Council (sample)", "Хьюстонский совет диаспоры (образец)"));
  }

  private static NewOrganization organization(
      String slug, String country, String city, String zone, MembershipStatus status,
      String az, String tr, String en, String ru) {
    return new NewOrganization(
        slug, country, city, ZoneId.of(zone),
        List.of(Language.AZ, Language.TR, Language.EN, Language.RU), "", "", status, true,
        Map.of(
            Language.AZ, new OrganizationText(az, NOTE_AZ),
            Language.TR, new OrganizationText(tr, NOTE_TR),
            Language.EN, new OrganizationText(en, NOTE_EN),
            Language.RU, new OrganizationText(ru, NOTE_RU)));
  }
}
