import type { Messages } from "../../messages";

export const adminMail: Messages["admin"]["mail"] = {
  greeting: "مرحبًا،",
  signature: "— فريق الإشراف في mobilise",
  reasonLabel: "السبب:",
  noteLabel: "ما يجب تعديله:",
  approved: {
    subject: "تحركك منشور الآن: {title}",
    body: "أخبار سارة: وافق أحد المشرفين على «{title}». أصبح علنيًا الآن، ويمكن للناس العثور عليه على الخريطة والانضمام إليه.",
  },
  rejected: {
    subject: "لم يُنشر تحركك: {title}",
    body: "قرر أحد المشرفين عدم نشر «{title}».",
    next: "إذا رأيت أن هذا خطأ، أو كان بإمكانك تصحيحه، فتواصل مع مشرفي فرعك أو عدّل التحرك من مساحة عملك:",
  },
  changes: {
    subject: "مطلوب تعديلات: {title}",
    body: "راجع أحد المشرفين «{title}» ويطلب بعض التعديلات قبل نشره. لقد عاد إلى مسوداتك.",
    next: "عدّله ثم قدّمه مرة أخرى من مساحة عملك:",
  },
};
